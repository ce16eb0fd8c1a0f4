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

    private static final Taxonomy WITH_CATEGORIES = new Taxonomy(null, List.of(new Taxonomy.Tag("Kafka", List.of(), null, null)),
            List.of(new Taxonomy.Category("System Design", List.of("Systems Design"), null),
                    new Taxonomy.Category("Freedom & Responsibility", List.of("Freedom and Responsibility"), null)));

    private static final String CATEGORIES = """
            schemaVersion: "1"
            id: acme-x
            company: Acme
            title: Acme
            questions:
              - id: q-0123456789
                text: Design a pipeline?
                category: Systems Design   # as the page says
                difficulty: Hard # from the page
              - id: q-0123456788
                text: Tell me about a decision you made alone?
                category: "freedom & responsibility"
              - id: q-0123456787
                text: Design a cache?
                category: System Design
              - id: q-0123456786
                text: Design a queue?
                category: Sytem Design
            """;

    @Test
    void aCategoryAliasOrOtherCaseBecomesTheCanonicalCategoryKeepingCommentsAndQuotes() {
        GuideFixer.Result r = new GuideFixer(WITH_CATEGORIES, PrepkitConfig.defaults()).fix(CATEGORIES);
        assertThat(r.text()).isEqualTo(CATEGORIES
                .replace("category: Systems Design   # as the page says", "category: System Design   # as the page says")
                .replace("difficulty: Hard # from the page", "difficulty: hard # from the page")
                .replace("category: \"freedom & responsibility\"", "category: \"Freedom & Responsibility\""));
        assertThat(r.fixes()).containsExactly("q-0123456789 category 'Systems Design' -> 'System Design'",
                "q-0123456789 difficulty 'Hard' -> 'hard'",
                "q-0123456788 category 'freedom & responsibility' -> 'Freedom & Responsibility'");
        assertThat(new GuideFixer(WITH_CATEGORIES, PrepkitConfig.defaults()).fix(r.text()).changed()).isFalse();
    }

    @Test
    void anUnknownCategoryIsNotGuessedAndWithoutTaxonomyCategoriesNoCategoryIsTouched() {
        assertThat(new GuideFixer(WITH_CATEGORIES, PrepkitConfig.defaults()).fix(CATEGORIES).text())
                .contains("category: Sytem Design");
        GuideFixer.Result tagsOnly = fixer.fix(CATEGORIES);
        assertThat(tagsOnly.fixes()).containsExactly("q-0123456789 difficulty 'Hard' -> 'hard'");
    }

    @Test
    void aValueSpreadOverSeveralLinesIsLeftAloneAndTheOtherFixesStillApply() {
        String text = """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a pipeline?
                    category: systems
                      design
                    difficulty: Hard
                """;
        GuideFixer.Result r = new GuideFixer(WITH_CATEGORIES, PrepkitConfig.defaults()).fix(text);
        assertThat(r.fixes()).containsExactly("q-0123456789 difficulty 'Hard' -> 'hard'");
        assertThat(r.text()).isEqualTo(text.replace("difficulty: Hard", "difficulty: hard"));
    }

    @Test
    void windowsLineEndsStay() {
        String text = "schemaVersion: \"1\"\r\nid: acme-x\r\ncompany: Acme\r\ntitle: Acme\r\nquestions:\r\n"
                + "  - id: q-0123456789\r\n    text: Design a pipeline?\r\n    category: Systems Design\r\n"
                + "    tags:\r\n      - Flink\r\n      - Kafka\r\n";
        GuideFixer.Result r = new GuideFixer(new TagIndex(new Taxonomy(null, List.of(
                new Taxonomy.Tag("Apache Flink", List.of("Flink"), null, null), new Taxonomy.Tag("Kafka", null, null, null)))),
                new dev.prepkit.validate.rules.CategoryIndex(WITH_CATEGORIES), PrepkitConfig.defaults()).fix(text);
        assertThat(r.text()).isEqualTo(text.replace("Systems Design", "System Design").replace("- Flink", "- Apache Flink"));
    }
}
