package dev.prepkit.cli;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The curated content as the exporting commands need it: guides, taxonomy, configuration. Loading prints what
 * is wrong (naming the file) and gives null instead of throwing.
 *
 * @param guides the curated guides, in path order
 * @param taxonomy the tag taxonomy
 * @param config the configuration
 * @param files the guide files, by guide id
 */
record Content(List<Guide> guides, Taxonomy taxonomy, PrepkitConfig config, java.util.Map<String, Path> files) {

    /**
     * Loads a content folder; null (after printing why) when a guide, the taxonomy or the configuration cannot be
     * read or has errors.
     */
    static Content load(ContentLayout layout, PrintWriter err) throws IOException {
        ConfigLoader.Result config = new ConfigLoader().load(layout.root().resolve("prepkit.yaml"),
                ContentLayout.display(layout.root().resolve("prepkit.yaml")));
        if (config.hasErrors()) {
            FindingLines.print(err, config.findings());
            return null;
        }
        TaxonomyLoader.Result taxonomy = new TaxonomyLoader().load(layout.taxonomy(), ContentLayout.display(layout.taxonomy()));
        if (taxonomy.findings().stream().anyMatch(f -> f.severity() == dev.prepkit.model.finding.Severity.ERROR)) {
            FindingLines.print(err, taxonomy.findings());
            return null;
        }
        java.util.Map<String, Path> files = new java.util.LinkedHashMap<>();
        List<Guide> guides = loadGuides(layout.guides(), err, files);
        return guides == null ? null : new Content(guides, taxonomy.taxonomy(), config.config(), files);
    }

    /** The curated guides of a folder, in path order; null (after printing why) when one cannot be read. */
    static List<Guide> loadGuides(Path dir, PrintWriter err, java.util.Map<String, Path> byId) throws IOException {
        YamlCodec yaml = new YamlCodec();
        List<Guide> guides = new ArrayList<>();
        List<Path> files = Validator.guideFiles(List.of(dir));
        if (files.isEmpty()) {
            err.println(ContentLayout.display(dir) + ": error: no guide files (*.yaml); run 'prepkit ingest' first");
            return null;
        }
        for (Path f : files) {
            try {
                Guide g = yaml.readGuide(f);
                guides.add(g);
                byId.put(g.id(), f);
            } catch (tools.jackson.core.JacksonException e) {
                err.println(dev.prepkit.validate.LocatedYaml.problemLocation(ContentLayout.display(f), e)
                        + ": error: cannot read the guide: " + dev.prepkit.validate.LocatedYaml.problem(e)
                        + " (prepkit validate says more)");
                return null;
            } catch (RuntimeException e) {
                err.println(ContentLayout.display(f) + ": error: cannot read the guide; run 'prepkit validate' to see where");
                return null;
            }
        }
        return guides;
    }
}
