package dev.prepkit.validate.rules;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PrepkitConfig;

/**
 * What every rule of a run may consult.
 *
 * @param taxonomy the tag and category taxonomy; never null (empty when the content has none)
 * @param tags the taxonomy's tag lookup index; never null
 * @param categories the taxonomy's category lookup index; never null (empty when the taxonomy lists no categories)
 * @param config the content's configuration (thresholds, synonyms); never null
 * @param taxonomyPath how the taxonomy file is named in findings; never null
 */
public record RuleContext(Taxonomy taxonomy, TagIndex tags, CategoryIndex categories, PrepkitConfig config,
        String taxonomyPath) {

    /** A context over a taxonomy, with the default configuration. */
    public static RuleContext of(Taxonomy taxonomy) {
        return of(taxonomy, PrepkitConfig.defaults());
    }

    /** A context over a taxonomy and a configuration. */
    public static RuleContext of(Taxonomy taxonomy, PrepkitConfig config) {
        return of(taxonomy, config, "taxonomy.yaml");
    }

    /** A context over a taxonomy (named {@code taxonomyPath} in findings) and a configuration. */
    public static RuleContext of(Taxonomy taxonomy, PrepkitConfig config, String taxonomyPath) {
        return new RuleContext(taxonomy, new TagIndex(taxonomy), new CategoryIndex(taxonomy), config, taxonomyPath);
    }
}
