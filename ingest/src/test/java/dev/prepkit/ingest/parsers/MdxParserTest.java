package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MdxParserTest {

    private static final String FIXTURE = "mdx/umbrella/ml-engineer.mdx";

    private static LineUse use(ParsedGuide p, int line) {
        return p.ledger().entries().get(line - 1).use();
    }

    @Test
    void questionComponentsAndListsUnderQuestionHeadingsGiveSixQuestions() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("mdx");
        assertThat(g.questions()).extracting(Question::text).containsExactly(
                "Implement k-means from scratch using NumPy.",
                "Given a sorted array rotated at an unknown pivot, find a target in O(log n).",
                "What is the expected number of coin flips to get two heads in a row?",
                "Design a feature store for real-time fraud scoring.",
                "How would you monitor a recommendation model for drift?",
                "How do you choose between online and batch inference?");
        assertThat(g.questions()).extracting(Question::category).containsExactly("Coding", "Coding", "Coding",
                "ML System Design", "ML System Design", "ML Systems");
    }

    @Test
    void attributesGiveDifficultyAndTagsAndAnUnknownDifficultyIsReportedAtItsLine() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        List<Question> qs = p.guide().questions();
        assertThat(qs).extracting(Question::difficulty).containsExactly(Difficulty.MEDIUM, Difficulty.HARD, null, null,
                null, Difficulty.EASY);
        assertThat(qs.get(0).tags()).containsExactly("python", "numpy");
        assertThat(qs.get(1).tags()).containsExactly("arrays", "binary search");
        assertThat(qs.get(2).tags()).containsExactly("probability");
        assertThat(p.findings()).filteredOn(f -> f.ruleId().equals("unknown-difficulty")).singleElement()
                .satisfies(f -> {
                    assertThat(f.location().line()).isEqualTo(34);
                    assertThat(f.message()).contains("Medium-Hard");
                });
    }

    @Test
    void aNestedAnswerAndAnIndentedFollowUpBecomeNotes() {
        List<Question> qs = Shapes.ingest(FIXTURE).guide().questions();
        assertThat(qs.get(0).notes()).isEqualTo("Vectorise the distance computation; stop when the assignments no "
                + "longer change.");
        assertThat(qs.get(4).notes()).isEqualTo("Follow-up: what would you alert on?");
    }

    @Test
    void importsExportsWrapperTagsAndCommentsAreStructure() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        for (int line : new int[] {8, 9, 11, 12, 13, 14, 18, 20, 26, 28, 29, 38, 50, 53, 57}) {
            assertThat(use(p, line)).as("line " + line).isEqualTo(LineUse.STRUCTURE);
        }
        for (int line : new int[] {24, 25, 27, 31, 33, 34, 35, 36, 37, 46}) {
            assertThat(use(p, line)).as("line " + line).isEqualTo(LineUse.QUESTION);
        }
        assertThat(use(p, 1)).isEqualTo(LineUse.FRONT_MATTER);
        assertThat(use(p, 6)).isEqualTo(LineUse.FRONT_MATTER);
    }

    @Test
    void aTipCalloutGivesTipsAndASelfClosingWidgetIsDropped() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        assertThat(Shapes.items(p.guide(), SectionKind.TIPS)).extracting(SectionItem::text).containsExactly(
                "Say which metric you would optimise before you pick a model.",
                "Mention data leakage early; interviewers listen for it.");
        assertThat(Shapes.dropped(p, DropReason.PAGE_WIDGET)).containsExactly("<Newsletter />");
        assertThat(Shapes.items(p.guide(), SectionKind.OTHER)).singleElement()
                .satisfies(i -> assertThat(i.text()).startsWith("Questions below were reported"));
        assertThat(p.ledger().unclassified()).isEmpty();
    }

    @Test
    void frontMatterGivesTheCompanyAndTheTitleGivesTheRole() {
        ParsedGuide p = Shapes.ingest(FIXTURE);
        Guide g = p.guide();
        assertThat(g.company()).isEqualTo("Umbrella");
        assertThat(g.role()).isEqualTo("ML Engineer");
        assertThat(g.title()).isEqualTo("Umbrella ML Engineer Interview Questions");
        assertThat(g.overview().published()).isEqualTo("2025-05-02");
        assertThat(Shapes.rules(p)).doesNotContain("company-from-path", "role-from-path");
    }

    @Test
    void aTabLabelNamesTheCategoryAndADetailsBlockIsOneFaqPair(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("interview.mdx"), """
                import Tabs from '@theme/Tabs';
                import TabItem from '@theme/TabItem';

                ## Practice Questions

                <Tabs>
                  <TabItem value="coding" label="Coding">

                1. Merge k sorted lists.
                2. How would you detect a cycle in a directed graph?

                  </TabItem>
                </Tabs>

                ## FAQ

                <details>
                <summary>How long is the onsite?</summary>

                About four hours with a lunch break.

                </details>
                """);
        ParsedGuide p = new Ingestor(IngestOptions.defaults().withFormat("mdx")).ingest(f, "interview.mdx", "raw/stark/interview.mdx")
                .parsed();
        assertThat(p.guide().source().format()).isEqualTo("mdx");
        assertThat(p.guide().questions()).hasSize(2).allMatch(q -> "Coding".equals(q.category()));
        assertThat(Shapes.items(p.guide(), SectionKind.FAQ)).singleElement().satisfies(i -> {
            assertThat(i.text()).isEqualTo("How long is the onsite?");
            assertThat(i.answer()).isEqualTo("About four hours with a lunch break.");
        });
        assertThat(p.ledger().unclassified()).isEmpty();
    }
}
