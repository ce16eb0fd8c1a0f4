package dev.prepkit.cli;

import dev.prepkit.validate.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What ingest takes from {@code prepkit.yaml}: the difficulty synonyms applied to the labels pages write. */
final class IngestConfig {

    private IngestConfig() {
    }

    /**
     * The configured difficulty synonyms of a content folder.
     *
     * @return label → canonical difficulty; empty when there is no {@code prepkit.yaml} or it has errors (validate
     *     reports them)
     */
    static Map<String, String> difficultySynonyms(ContentLayout layout) {
        Path file = layout.root().resolve("prepkit.yaml");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        ConfigLoader.Result r = new ConfigLoader().load(file, ContentLayout.display(file));
        if (r.hasErrors() || r.config() == null || r.config().difficultySynonyms() == null) {
            return Map.of();
        }
        return r.config().difficultySynonyms();
    }
}
