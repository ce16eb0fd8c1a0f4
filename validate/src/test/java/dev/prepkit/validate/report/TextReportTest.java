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
}
