package dev.prepkit.validate.rules;

import dev.prepkit.model.Taxonomy;

/**
 * What every rule of a run may consult.
 *
 * @param taxonomy the tag taxonomy; never null (empty when the content has none)
 * @param tags the taxonomy's lookup index; never null
 */
public record RuleContext(Taxonomy taxonomy, TagIndex tags) {

    /** A context over a taxonomy. */
    public static RuleContext of(Taxonomy taxonomy) {
        return new RuleContext(taxonomy, new TagIndex(taxonomy));
    }
}
