package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {

    @Test
    void findingsPrintCompilerStyleSortedWithTheirRawLineFixAndTotals() throws Exception {
        ValidationResult r = new ValidationResult(List.of(
                new Finding("alias-tag", Severity.WARNING, new Location("guides/b.yaml", 9, 19),
                        "question 'q-1': tag 'Flink' is an alias of the canonical tag 'Apache Flink'", "write 'Apache Flink'",
                        List.of(new Location("raw/b.txt", 47, 1))),
                new Finding("missing-difficulty", Severity.ERROR, new Location("guides/a.yaml", 23, 7),
                        "question 'q-2' has no difficulty; expected one of easy, medium, hard", "add 'difficulty: easy|medium|hard'")),
                2, 26);
        String golden = new String(getClass().getResourceAsStream("/report/text-golden.txt").readAllBytes(), StandardCharsets.UTF_8);
        assertThat(TextReport.render(r)).isEqualTo(golden);
    }

    @Test
    void theSharedFixtureRendersAsItsPlainGolden() {
        ReportFixture.assertGolden(new TextReport().render(ReportFixture.result(), ReportFixture.rules()),
                "text-fixture-golden.txt");
    }

    @Test
    void theStaticRenderIsThePlainRendererWhateverTheRules() {
        ValidationResult r = ReportFixture.result();
        assertThat(TextReport.render(r)).isEqualTo(new TextReport(false).render(r, ReportFixture.rules()))
                .doesNotContain("\u001b");
    }

    @Test
    void colourKeepsTheLinesButBoldsLocationsColoursSeverityWordsAndSeparatesFiles() {
        ValidationResult r = ReportFixture.result();
        String colored = new TextReport(true).render(r, ReportFixture.rules());
        assertThat(colored).contains("\u001b[1mguides/acme.yaml:23:7:\u001b[0m \u001b[1;31merror\u001b[0m ")
                .contains("\u001b[33mwarning\u001b[0m").contains("\u001b[36minfo\u001b[0m");
        String plain = TextReport.render(r);
        String stripped = colored.replaceAll("\u001b\\[[0-9;]*m", "");
        assertThat(stripped.replace("\n\n", "\n")).isEqualTo(plain);
        assertThat(stripped).contains("    fix: nothing to do if each company really asks it\n"
                + "\nguides/globex.yaml:9:19: warning")
                .contains("fix: use a taxonomy tag such as \"Live Coding\", or add the tag to taxonomy.yaml\n"
                        + "\nguides/initech draft.yaml: error");
    }

    @Test
    void colourMarksOnlyNonZeroErrorAndWarningTotals() {
        ValidationResult clean = new ValidationResult(List.of(), 5, 59);
        assertThat(new TextReport(true).render(clean, List.of()))
                .isEqualTo("5 guides, 59 questions: 0 errors, 0 warnings, 0 infos\n");
        assertThat(new TextReport(true).render(ReportFixture.result(), List.of()))
                .endsWith("\n\n3 guides, 31 questions: \u001b[1;31m3 errors\u001b[0m, \u001b[33m1 warning\u001b[0m, 1 info\n");
    }

    @Test
    void aFindingWithManyRelatedLocationsPrintsThreeAndCountsTheRest() {
        List<Location> many = java.util.stream.IntStream.rangeClosed(19, 27)
                .mapToObj(n -> new Location("raw/a.txt", n, 1)).toList();
        ValidationResult r = new ValidationResult(List.of(new Finding("orphan-answers", Severity.WARNING,
                new Location("guides/a.yaml", 52, 5), "9 answers have no question", null, many)), 1, 0);
        assertThat(TextReport.render(r).lines().filter(l -> l.startsWith("    from:")))
                .containsExactly("    from: raw/a.txt:19:1", "    from: raw/a.txt:20:1", "    from: raw/a.txt:21:1",
                        "    from: … and 6 more (every location is in --format json or sarif)");
    }
}
