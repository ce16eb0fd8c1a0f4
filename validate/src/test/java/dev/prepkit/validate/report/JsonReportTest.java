package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.validate.SchemaCheck;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonReportTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final SchemaCheck schema = new SchemaCheck(JsonReport.schema());

    @Test
    void theSharedFixtureRendersAsItsGolden() {
        ReportFixture.assertGolden(new JsonReport().render(ReportFixture.result(), ReportFixture.rules()),
                "json-golden.json");
    }

    @Test
    void theReportValidatesAgainstItsOwnJsonSchema() {
        JsonNode report = MAPPER.readTree(new JsonReport().render(ReportFixture.result(), Validator.rules()));
        assertThat(schema.check(report)).isEmpty();
        JsonNode clean = MAPPER.readTree(new JsonReport().render(new ValidationResult(List.of(), 0, 0), List.of()));
        assertThat(schema.check(clean)).isEmpty();
    }

    @Test
    void theSchemaRejectsAReportWithAnUnknownSeverityOrAMissingHint() {
        JsonNode report = MAPPER.readTree(new JsonReport().render(ReportFixture.result(), List.of()));
        tools.jackson.databind.node.ObjectNode first = (tools.jackson.databind.node.ObjectNode) report.get("findings").get(0);
        first.put("severity", "fatal");
        first.remove("hint");
        assertThat(schema.check(report)).extracting(SchemaCheck.Violation::keyword).contains("enum", "required");
    }

    @Test
    void totalsCountSeveritiesAndFindingsKeepTheirSortOrderHintAndRelatedLocations() {
        JsonNode report = MAPPER.readTree(new JsonReport().render(ReportFixture.result(), List.of()));
        assertThat(report.get("summary").toString())
                .isEqualTo("{\"guides\":3,\"questions\":31,\"errors\":3,\"warnings\":1,\"infos\":1}");
        JsonNode findings = report.get("findings");
        assertThat(findings.size()).isEqualTo(5);
        assertThat(findings.get(0).get("ruleId").asString()).isEqualTo("missing-difficulty");
        assertThat(findings.get(2).get("related").get(0).toString())
                .isEqualTo("{\"path\":\"raw/globex.txt\",\"line\":47,\"column\":1}");
        JsonNode wholeFile = findings.get(4);
        assertThat(wholeFile.get("path").asString()).isEqualTo("guides/initech draft.yaml");
        assertThat(wholeFile.get("line").asInt()).isZero();
        assertThat(wholeFile.get("column").asInt()).isZero();
    }

    @Test
    void aFindingWithoutAHintHasANullHint() {
        ValidationResult r = new ValidationResult(List.of(new dev.prepkit.model.finding.Finding("schema",
                dev.prepkit.model.finding.Severity.ERROR, dev.prepkit.model.finding.Location.file("a.yaml"),
                "the file is not a YAML mapping", null)), 0, 0);
        JsonNode report = MAPPER.readTree(new JsonReport().render(r, List.of()));
        assertThat(report.get("findings").get(0).get("hint").isNull()).isTrue();
        assertThat(schema.check(report)).isEmpty();
    }
}
