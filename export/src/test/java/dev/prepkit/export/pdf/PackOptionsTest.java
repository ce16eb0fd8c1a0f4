package dev.prepkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PackOptionsTest {

    @Test
    void defaultsAreACandidateEditionOnA4WithFourLines() {
        PackOptions o = PackOptions.defaults("Pack", "Netflix");
        assertThat(o.edition()).isEqualTo(Edition.CANDIDATE);
        assertThat(o.paper()).isEqualTo(Paper.A4);
        assertThat(o.answerLines()).isEqualTo(4);
        assertThat(o.rubricLabels()).containsExactly("1 Weak", "2 Mixed", "3 Good", "4 Strong");
        assertThat(o.role()).isNull();
        assertThat(o.candidate()).isNull();
        assertThat(o.contentDate()).isNull();
    }

    @Test
    void nullEditionPaperAndRubricReadAsDefaults() {
        PackOptions o = new PackOptions("Pack", "Netflix", null, null, null, null, 0, null, null);
        assertThat(o.edition()).isEqualTo(Edition.CANDIDATE);
        assertThat(o.paper()).isEqualTo(Paper.A4);
        assertThat(o.rubricLabels()).isEqualTo(PackOptions.DEFAULT_RUBRIC);
    }

    @Test
    void badValuesAreRefused() {
        PackOptions o = PackOptions.defaults("Pack", "Netflix");
        assertThatThrownBy(() -> PackOptions.defaults(null, "Netflix")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> PackOptions.defaults(" ", "Netflix")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> o.withAnswerLines(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> o.withAnswerLines(31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackOptions("P", "N", null, null, null, null, 4, null, List.of("only")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PackOptions("P", "N", null, null, null, null, 4, null, List.of("a", " ")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withersChangeOneValue() {
        PackOptions o = PackOptions.defaults("Pack", "Netflix").withEdition(Edition.COACH).withPaper(Paper.LETTER)
                .withRole("SWE").withCandidate("Alex").withAnswerLines(0);
        assertThat(o).isEqualTo(new PackOptions("Pack", "Netflix", "SWE", "Alex", Edition.COACH, Paper.LETTER, 0,
                null, PackOptions.DEFAULT_RUBRIC));
        assertThat(Edition.COACH.label()).isEqualTo("Coach edition");
    }
}
