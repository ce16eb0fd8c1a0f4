package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Severity;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

    @Test
    void everyNamedFormatHasARendererOfThatName() {
        assertThat(ReportFormats.names()).containsExactly("text", "json", "sarif", "junit", "github");
        for (String name : ReportFormats.names()) {
            assertThat(ReportFormats.byName(name)).hasValueSatisfying(r -> assertThat(r.name()).isEqualTo(name));
        }
    }

    @Test
    void namesAreCaseInsensitiveAndUnknownNamesAreEmpty() {
        assertThat(ReportFormats.byName("SARIF")).containsInstanceOf(SarifReport.class);
        assertThat(ReportFormats.byName("xml")).isEmpty();
        assertThat(ReportFormats.byName(null)).isEmpty();
    }

    @Test
    void optionsReachTheFormatsThatTakeThem() {
        ReportFormats.Options options = new ReportFormats.Options(true, Severity.WARNING);
        assertThat(ReportFormats.byName("text", options).map(r -> ((TextReport) r).color())).contains(true);
        assertThat(ReportFormats.byName("junit", options).map(r -> ((JUnitReport) r).failLevel()))
                .contains(Severity.WARNING);
        assertThat(ReportFormats.byName("text").map(r -> ((TextReport) r).color())).contains(false);
        assertThat(ReportFormats.byName("junit").map(r -> ((JUnitReport) r).failLevel())).contains(Severity.ERROR);
    }
}
