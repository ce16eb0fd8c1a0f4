package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import org.junit.jupiter.api.Test;

class OnePerLineParserTest {

    private static final String FIXTURE = "one-per-line/initech/qa-engineer.txt";

    @Test
    void oneQuestionPerLineGivesTenQuestionsAndTheFirstLineIsTheTitle() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("one-per-line");
        assertThat(g.title()).isEqualTo("Initech QA Engineer Interview Questions");
        assertThat(g.overview().readMinutes()).isEqualTo(3);
        assertThat(g.questions()).hasSize(10).allMatch(q -> q.difficulty() == null && q.tags().isEmpty());
        assertThat(g.questions().get(0).text()).isEqualTo("What is the difference between verification and validation?");
    }

    @Test
    void curlyQuotesAndEmojiMarkersAreLeftOutOfTheQuestionText() {
        Guide g = Shapes.ingest(FIXTURE).guide();
        assertThat(g.questions()).extracting(Question::text).contains("What would you test on an elevator?",
                "How do you test an API that has no documentation?");
    }

    @Test
    void aShortTitleLineAboveQuestionsBecomesTheirCategory() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        assertThat(p.guide().questions()).filteredOn(q -> "Behavioral".equals(q.category())).extracting(Question::text)
                .containsExactly("Tell me about a time you disagreed with a developer about a bug\u2019s severity.",
                        "Describe how you handled a release you believed was not ready.");
        assertThat(p.ledger().entries().get(12).use()).isEqualTo(LineUse.HEADING);
    }

    @Test
    void linesThatAreNotQuestionsAreKeptAsNotesAndChromeIsDropped() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.items(p.guide(), SectionKind.OTHER)).extracting(SectionItem::text).containsExactly(
                "Most candidates get 6\u20138 of these in the first two rounds.",
                "Initech values testers who ask \u201Cwhy\u201D before \u201Chow\u201D.");
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION)).containsExactly("Share this list");
        assertThat(Shapes.rules(p)).contains("glued-label").doesNotContain("company-from-path", "role-from-path");
        assertThat(p.guide().company()).isEqualTo("Initech");
        assertThat(p.guide().role()).isEqualTo("QA Engineer");
    }
}
