package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {

    @Test
    void aCycleOfParentsAndATagListedTwiceAreErrorsAtTheirLines(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("taxonomy.yaml"), """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    parent: Streams
                  - name: Streams
                    parent: Kafka
                  - name: Redis
                    aliases: [Kafka]
                """);
        TaxonomyLoader.Result r = new TaxonomyLoader().load(f, "taxonomy.yaml");
        assertThat(r.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'Kafka' is its own ancestor"))
                .anySatisfy(m -> assertThat(m).contains("'Kafka' is listed twice"));
        assertThat(r.findings()).allSatisfy(x -> assertThat(x.location().line()).isPositive());
        assertThat(r.taxonomy().tags()).hasSize(3);
    }

    @Test
    void theShippedTaxonomyIsClean() {
        TaxonomyLoader.Result r = new TaxonomyLoader().load(dev.prepkit.model.testing.RepoRoot.content()
                .resolve("taxonomy.yaml"), "taxonomy.yaml");
        assertThat(r.findings()).isEmpty();
        assertThat(r.taxonomy().canonical("Apache Flink")).hasValueSatisfying(t -> assertThat(t.aliases()).contains("Flink"));
    }

    @Test
    void aMissingTaxonomyIsAWarningNotACrash(@TempDir Path tmp) {
        TaxonomyLoader.Result r = new TaxonomyLoader().load(tmp.resolve("none.yaml"), "none.yaml");
        assertThat(r.taxonomy().tags()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(x -> assertThat(x.message()).contains("no taxonomy"));
    }
}
