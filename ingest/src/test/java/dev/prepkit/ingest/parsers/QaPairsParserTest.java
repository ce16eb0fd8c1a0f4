package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QaPairsParserTest {

    private static final String MARKERS = "qa-pairs/initech/product-manager.txt";
    private static final String HEADINGS = "qa-pairs/hooli/site-reliability-engineer.md";

    @Test
    void qAndAMarkersOnAnInterviewPageGiveFourQuestionsWithTheirAnswersAsNotes() {
        ParsedGuide p = Shapes.ingest(MARKERS);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("qa-pairs");
        assertThat(g.title()).isEqualTo("Initech Product Manager Interview: Questions & Answers");
        assertThat(g.questions()).extracting(Question::text).containsExactly(
                "Tell me about a product you launched from zero to one.",
                "How would you prioritise a backlog with three \u201Curgent\u201D requests from sales?",
                "What metric would you choose for Initech\u2019s onboarding flow, and why?",
                "Why Initech?");
        assertThat(g.questions().get(0).notes()).isEqualTo("Pick one launch and walk through it with STAR. Name the "
                + "problem, the bet you made and the metric that moved.\nClose with what you would do differently next time.");
        assertThat(g.questions()).allMatch(q -> q.notes() != null && !q.notes().matches("(?s)^(A\\d*|Answer)\\s*:.*"));
    }

    @Test
    void numberedAndSpelledOutMarkersAndAttributeLinesAreRead() {
        Guide g = Shapes.ingest(MARKERS).guide();
        assertThat(g.questions().get(0).tags()).containsExactly("product sense", "storytelling");
        assertThat(g.questions().get(1).notes()).startsWith("Make the trade-off explicit.");
        assertThat(g.questions().get(2).difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(g.questions().get(2).lines().toString()).isEqualTo("12-14");
    }

    @Test
    void hiringProcessQuestionsStayFaqItemsWithTheirAnswers() {
        ParsedGuide p = Shapes.ingest(MARKERS);
        Guide g = p.guide();
        assertThat(Shapes.items(g, SectionKind.FAQ)).extracting(SectionItem::text).containsExactly(
                "How many rounds are there?", "How long does the process take?", "Do I need a technical background?");
        assertThat(Shapes.items(g, SectionKind.FAQ)).allMatch(i -> i.answer() != null && !i.answer().isBlank());
        assertThat(g.sections()).filteredOn(s -> s.kind() == SectionKind.FAQ).extracting(Section::title)
                .contains("Hiring process FAQ");
        assertThat(g.questions()).noneMatch(q -> q.text().contains("process") || q.text().contains("rounds"));
    }

    @Test
    void theMarkerPageDropsItsBreadcrumbAndWidgetAndLeavesNoLineUnclassified() {
        ParsedGuide p = Shapes.ingest(MARKERS);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION)).containsExactly("Initech \u203A Careers \u203A Interview Prep");
        assertThat(Shapes.dropped(p, DropReason.PAGE_WIDGET)).containsExactly("Was this page helpful? Yes / No");
        assertThat(p.guide().company()).isEqualTo("Initech");
        assertThat(p.guide().role()).isEqualTo("Product Manager");
        // "Initech Product Manager Interview: Questions & Answers" names both: the path is not needed.
        assertThat(Shapes.rules(p)).doesNotContain("company-from-path", "role-from-path");
    }

    @Test
    void questionHeadingsFollowedByAnswerParagraphsGiveThreeQuestionsAndAnFaq() {
        ParsedGuide p = Shapes.ingest(HEADINGS);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("qa-pairs");
        assertThat(g.questions()).extracting(Question::text).containsExactly(
                "What is an SLO, and how is it different from an SLA?",
                "How would you debug a sudden spike in p99 latency?",
                "Walk me through how you\u2019d run a blameless postmortem.");
        assertThat(g.questions().get(1).notes()).contains("golden signals").contains("traces and profiles");
        assertThat(Shapes.items(g, SectionKind.FAQ)).extracting(SectionItem::text).containsExactly(
                "How many interviews are in the Hooli SRE loop?", "Is the on-call rotation discussed in the interview?");
        assertThat(Shapes.items(g, SectionKind.FAQ)).allMatch(i -> i.answer() != null);
        assertThat(Shapes.items(g, SectionKind.TIPS)).singleElement().satisfies(i ->
                assertThat(i.text()).startsWith("Quantify everything"));
        assertThat(g.overview().summary()).startsWith("Updated weekly by our editors.");
    }

    @Test
    void theHeadingPageDropsNavigationAndWidgetsAndTakesTheRoleFromItsTitleAndTheCompanyFromItsPath() {
        ParsedGuide p = Shapes.ingest(HEADINGS);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION)).containsExactly("Skip to content");
        assertThat(Shapes.dropped(p, DropReason.PAGE_WIDGET)).containsExactly("Was this article helpful?");
        // "Top SRE Interview Questions and Answers (Hooli)": the title names the role, the folder the company.
        assertThat(p.guide().role()).isEqualTo("SRE");
        assertThat(p.guide().company()).isEqualTo("Hooli");
        assertThat(Shapes.rules(p)).contains("company-from-path").doesNotContain("role-from-path");
    }

    @Test
    void aPageOfHiringProcessQuestionsOnlyIsAnFaqWithNoInterviewQuestions(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("faq.txt"), """
                Careers FAQ

                Q: How long does the process take?
                A: About three weeks.

                Q: Can I reapply if I am rejected?
                A: Yes, after six months.

                Q: Will I get feedback after the onsite?
                A: Your recruiter shares a summary.
                """);
        ParsedGuide p = new Ingestor(IngestOptions.defaults().withFormat("qa-pairs")).ingest(f, "faq.txt", "raw/acme/faq.txt").parsed();
        assertThat(p.guide().source().format()).isEqualTo("qa-pairs");
        assertThat(p.guide().questions()).isEmpty();
        assertThat(Shapes.items(p.guide(), SectionKind.FAQ)).hasSize(3).allMatch(i -> i.answer() != null);
        assertThat(Shapes.rules(p)).contains("faq-page");
        assertThat(p.ledger().unclassified()).isEmpty();
    }
}
