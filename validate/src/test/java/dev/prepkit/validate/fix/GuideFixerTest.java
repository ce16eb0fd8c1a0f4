package dev.prepkit.validate.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.validate.rules.TagIndex;
import java.util.List;
import org.junit.jupiter.api.Test;

class GuideFixerTest {

    private final GuideFixer fixer = new GuideFixer(new TagIndex(new Taxonomy(null, List.of(
            new Taxonomy.Tag("Apache Flink", List.of("Flink"), null, null),
            new Taxonomy.Tag("Kafka", List.of(), null, null),
            new Taxonomy.Tag("Avro", List.of(), null, null),
            new Taxonomy.Tag("Protobuf", List.of(), null, null)))), PrepkitConfig.defaults());

    private static final String BEFORE = """
            # yaml-language-server: $schema=../.schema/guide.schema.json
            schemaVersion: "1"
            id: acme-x
            company: Acme
            title: Acme
            questions:
              - id: q-0123456789
                text: "  Design a   pipeline?"
                difficulty: Hard
                tags:
                  - Kafka
                  - Flink
                  - Avro/Protobuf
                notes: keep me # and my comment
              - id: q-0123456788
                text: Design a cache?
                difficulty: difficult
                tags: [ "#Kafka", Apache Flink, Flink ]
            """;

    @Test
    void safeFixesRewriteOnlyTheFixedValuesAndKeepEverythingElse() {
        GuideFixer.Result r = fixer.fix(BEFORE);
        assertThat(r.text()).isEqualTo("""
                # yaml-language-server: $schema=../.schema/guide.schema.json
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: "Design a pipeline?"
                    difficulty: hard
                    tags:
                      - Kafka
                      - Apache Flink
                      - Avro
                      - Protobuf
                    notes: keep me # and my comment
                  - id: q-0123456788
                    text: Design a cache?
                    difficulty: hard
                    tags: [Kafka, Apache Flink]
                """);
        assertThat(r.fixes()).hasSize(7);
    }

    @Test
    void fixingAFixedFileChangesNothing() {
        String once = fixer.fix(BEFORE).text();
        GuideFixer.Result twice = fixer.fix(once);
        assertThat(twice.changed()).isFalse();
        assertThat(twice.text()).isEqualTo(once);
    }

    @Test
    void aDryRunDiffIsUnified() {
        String diff = GuideFixer.diff("guides/x.yaml", BEFORE, fixer.fix(BEFORE).text());
        assertThat(diff).startsWith("--- a/guides/x.yaml\n+++ b/guides/x.yaml\n@@ ").contains("-    difficulty: Hard")
                .contains("+    difficulty: hard");
    }

    @Test
    void textThatIsNotYamlIsLeftAlone() {
        assertThat(fixer.fix("a: [unclosed").changed()).isFalse();
    }
}
