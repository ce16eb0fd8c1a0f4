package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Schemas;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class UniqueQuestionTextKeywordTest {

    private static final SchemaCheck GUIDE = new SchemaCheck(Schemas.guideSchema());

    private static JsonNode tree(String yaml) {
        return LocatedYaml.read(new YamlCodec().mapper(), yaml);
    }

    private static final String HEAD = "schemaVersion: \"1\"\nid: acme\ncompany: Acme\ntitle: T\n";

    @Test
    void theGuideSchemaDeclaresTheKeywordOnItsQuestions() {
        assertThat(Schemas.guideSchema()).contains("\"uniqueQuestionText\": true");
    }

    @Test
    void twoQuestionsWithTheSameNormalizedTextBreakTheSchemaAtTheLaterCopy() {
        JsonNode doc = tree(HEAD + """
                questions:
                  - id: q-0000000001
                    text: "What's your biggest weakness?"
                  - id: q-0000000002
                    text: Design a cache
                  - id: q-0000000003
                    text: "what\u2019s   your BIGGEST weakness"
                """);
        assertThat(GUIDE.check(doc)).singleElement().satisfies(v -> {
            assertThat(v.keyword()).isEqualTo("uniqueQuestionText");
            assertThat(v.pointer()).isEqualTo("/questions/2/text");
            assertThat(v.arguments()).containsExactly(0, "q-0000000001");
            assertThat(LocatedYaml.of("g.yaml", v.node()).line()).isEqualTo(11);
        });
    }

    @Test
    void theKeywordLeavesEachQuestionsNormalizedTextForTheRulesSoItIsWorkedOutOnce() {
        JsonNode doc = tree(HEAD + """
                questions:
                  - id: q-0000000001
                    text: "What's your biggest weakness?"
                  - id: q-0000000002
                    text: 42
                  - id: q-0000000003
                    text: Name THREE ways to scale
                """);
        java.util.Map<Object, Object> collected = new java.util.HashMap<>();
        assertThat(GUIDE.check(doc, collected)).extracting(SchemaCheck.Violation::pointer).containsExactly("/questions/1/text");
        assertThat(collected.get(UniqueQuestionTextKeyword.TEXT_KEYS))
                .isEqualTo(java.util.Arrays.asList("whats your biggest weakness", null, "name 3 ways to scale"));
    }

    @Test
    void questionsThatListEachOtherAsDistinctPassAndDifferentTextsPass() {
        JsonNode doc = tree(HEAD + """
                questions:
                  - id: q-0000000001
                    text: Design a rate limiter
                    distinctFrom: [q-0000000002]
                  - id: q-0000000002
                    text: design a RATE limiter!
                  - id: q-0000000003
                    text: Design a URL shortener
                """);
        assertThat(GUIDE.check(doc)).isEmpty();
    }

    @Test
    void theValidatorReportsItAsOneDuplicateErrorAndStillRunsTheOtherRules(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("acme.yaml"), HEAD + """
                questions:
                  - id: q-0000000001
                    text: Name three ways to scale a database.
                    difficulty: hard
                  - id: q-0000000002
                    text: name 3 ways to scale a database
                """);
        List<Finding> findings = new Validator(new Taxonomy(null, List.of()))
                .validate(List.of(file), p -> p.getFileName().toString()).findings();
        assertThat(findings).filteredOn(f -> f.ruleId().equals("duplicate-question")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().line()).isEqualTo(10);
            assertThat(f.message()).contains("'q-0000000002' repeats question 'q-0000000001'", "line 7");
            assertThat(f.related()).extracting(l -> l.line()).containsExactly(7);
        });
        assertThat(findings).extracting(Finding::ruleId).contains("missing-difficulty", "duplicate-disagrees")
                .doesNotContain("schema");
    }
}
