package dev.prepkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackPlanTest {

    private static Question q(int n, String round, String category) {
        return TestBanks.question("plan", n, "Question " + n, round, category, Difficulty.MEDIUM, List.of(), null);
    }

    private static List<String> outline(PackPlan plan) {
        return plan.blocks().stream().map(b -> {
            if (b instanceof Block.Heading h) {
                return h.level() + " " + h.title();
            }
            if (b instanceof Block.Numbered n) {
                return "#" + n.number() + " " + n.question().text();
            }
            return b.getClass().getSimpleName();
        }).toList();
    }

    @Test
    void questionsGoByTheGuidesRoundOrderThenUnknownRoundsThenGeneral() {
        Guide g = TestBanks.guide("plan", "Plan Guide",
                List.of(TestBanks.round("Screen", 30, 30, "screen"), TestBanks.round("Loop", 45, 60, "coding")),
                List.of(q(1, null, "Misc"), q(2, "Loop", "Coding"), q(3, "Bonus", null), q(4, "screen", null),
                        q(5, "Loop", null), q(6, "Loop", "Design"), q(7, "Loop", "Coding")),
                List.of());
        List<String> questions = outline(PackPlan.of(new Bank(List.of(g)))).stream()
                .dropWhile(s -> !s.equals("1 Questions")).toList();
        assertThat(questions).containsExactly("1 Questions", "2 Plan Guide",
                "3 Screen", "#1 Question 4",
                "3 Loop", "4 Coding", "#2 Question 2", "#3 Question 7", "4 Design", "#4 Question 6",
                "4 General", "#5 Question 5",
                "3 Bonus", "#6 Question 3",
                "3 General", "4 Misc", "#7 Question 1");
    }

    @Test
    void aLoneGeneralGroupGetsNoHeading() {
        Guide g = TestBanks.guide("plan", "Plan Guide", List.of(), List.of(q(1, null, null), q(2, null, null)),
                List.of());
        PackPlan plan = PackPlan.of(new Bank(List.of(g)));
        assertThat(outline(plan)).containsExactly("PageBreak", "1 Questions", "2 Plan Guide", "#1 Question 1",
                "#2 Question 2");
        assertThat(plan.questionCount()).isEqualTo(2);
    }

    @Test
    void numbersRunOnAcrossGuidesAndPartsAppearOnlyWithContent() {
        Bank bank = TestBanks.synthetic(2, 1, 1, 2);
        PackPlan plan = PackPlan.of(bank);
        List<Integer> numbers = plan.blocks().stream().filter(Block.Numbered.class::isInstance)
                .map(b -> ((Block.Numbered) b).number()).toList();
        assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(plan.headings().stream().filter(h -> h.level() == 1).map(Block.Heading::title))
                .containsExactly("Interview process", "Company values", "Questions", "Preparation notes");
        assertThat(plan.headings().stream().map(Block.Heading::key).distinct()).hasSize(plan.headings().size());

        Guide bare = TestBanks.guide("bare", "Bare", List.of(), List.of(q(1, null, null)), List.of());
        assertThat(PackPlan.of(new Bank(List.of(bare))).headings().stream().filter(h -> h.level() == 1)
                .map(Block.Heading::title)).containsExactly("Questions");
    }

    @Test
    void aKindWithOneSectionPutsItsTitleAndGuideInTheNote() {
        Guide g = TestBanks.guide("plan", "Plan Guide", List.of(), List.of(),
                List.of(TestBanks.section(SectionKind.TIPS, "Before the day", TestBanks.item("Sleep", "Early.")),
                        TestBanks.section(SectionKind.FAQ, "Frequently Asked Questions",
                                TestBanks.item("Q", "A"))));
        List<Block.Heading> headings = PackPlan.of(new Bank(List.of(g))).headings();
        assertThat(headings).extracting(h -> h.level() + " " + h.title() + " | " + h.note()).containsExactly(
                "1 Questions | null", "1 Preparation notes | null",
                "2 Preparation tips | Before the day \u00b7 Plan Guide",
                "2 Frequently asked questions | Plan Guide");
    }

    @Test
    void roundFactsReadMinutesAndKind() {
        assertThat(PackPlan.roundFacts(TestBanks.round("Loop", 45, 60, "system-design")))
                .isEqualTo("45-60 min \u00b7 System design");
        assertThat(PackPlan.roundFacts(null)).isNull();
    }
}
