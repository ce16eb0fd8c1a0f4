package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class GitHubReportTest {

    @Test
    void theSharedFixtureRendersAsItsGolden() {
        ReportFixture.assertGolden(new GitHubReport().render(ReportFixture.result(), ReportFixture.rules()),
                "github-golden.txt");
    }

    @Test
    void eachFindingIsOneCommandLineAndTheTotalsAPlainLogLine() {
        List<String> lines = new GitHubReport().render(ReportFixture.result(), List.of()).lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("::error file=guides/acme.yaml,line=23,col=7,title=missing-difficulty::");
        assertThat(lines.get(1)).startsWith("::notice file=guides/acme.yaml,line=40,col=11,title=duplicate-question::");
        assertThat(lines.get(2)).startsWith("::warning file=guides/globex.yaml,line=9,col=19,title=alias-tag::");
        assertThat(lines.get(4)).startsWith("::error file=guides/initech draft.yaml,title=schema::");
        assertThat(lines.get(5)).isEqualTo("3 guides, 31 questions: 3 errors, 1 warning, 1 info");
    }

    @Test
    void theRawLineAndTheFixFollowTheMessageOnEscapedNewLines() {
        String alias = new GitHubReport().render(ReportFixture.result(), List.of()).lines().toList().get(2);
        assertThat(alias).endsWith("::question 'globex-1': tag 'Flink' is an alias of the canonical tag 'Apache Flink'"
                + "%0Afrom: raw/globex.txt:47:1%0Afix: write 'Apache Flink'");
    }

    @Test
    void messagesEscapePercentAndLineBreaksAndPropertiesAlsoColonsAndCommas() {
        assertThat(GitHubReport.data("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
        assertThat(GitHubReport.property("C:/guides/a,b%.yaml\n")).isEqualTo("C%3A/guides/a%2Cb%25.yaml%0A");
        String line = new GitHubReport().render(new ValidationResult(List.of(new Finding("schema", Severity.ERROR,
                new Location("guides/a,b:c.yaml", 2, 0), "50% of it:\nbroken", null)), 1, 0), List.of())
                .lines().findFirst().orElseThrow();
        assertThat(line).isEqualTo("::error file=guides/a%2Cb%3Ac.yaml,line=2,title=schema::50%25 of it:%0Abroken");
    }
}
