package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedTagRuleTest {

    @Test
    void aTagNoQuestionUsesIsAnInfoButAParentOfAUsedTagIsNot(@TempDir Path tmp) throws Exception {
        Path g = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a streaming pipeline?
                    difficulty: hard
                    tags: [Kafka]
                """);
        Taxonomy t = new Taxonomy(null, List.of(new Taxonomy.Tag("Stream Processing", List.of(), null, null),
                new Taxonomy.Tag("Kafka", List.of(), "Stream Processing", null),
                new Taxonomy.Tag("Redis", List.of(), null, null)));
        ValidationResult r = new Validator(t).validate(List.of(g), p -> "g.yaml");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(UnusedTagRule.ID)).singleElement()
                .satisfies(f -> {
                    assertThat(f.message()).contains("'Redis'");
                    assertThat(f.location().path()).isEqualTo("taxonomy.yaml");
                });
    }

    @Test
    void aParentWrittenAsAnAliasOrInAnotherCaseStillCountsAsUsedThroughItsChild(@TempDir Path tmp) throws Exception {
        Path g = Files.writeString(tmp.resolve("g.yaml"), """
                schemaVersion: "1"
                id: acme-x
                company: Acme
                title: Acme
                questions:
                  - id: q-0123456789
                    text: Design a streaming pipeline?
                    difficulty: hard
                    tags: [Kafka, Redis]
                """);
        Taxonomy t = new Taxonomy(null, List.of(
                new Taxonomy.Tag("Stream Processing", List.of("Streaming"), null, null),
                new Taxonomy.Tag("Databases", List.of(), null, null),
                new Taxonomy.Tag("Kafka", List.of(), "stream processing", null),
                new Taxonomy.Tag("Redis", List.of(), "Streaming", null)));
        ValidationResult r = new Validator(t).validate(List.of(g), p -> "g.yaml");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(UnusedTagRule.ID)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'Databases'"));
    }
}
