package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Round;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import org.junit.jupiter.api.Test;

class QuestionListParserTest {

    private static final String MARKDOWN = "question-list/acme/backend-engineer.md";
    private static final String PLAIN = "question-list/globex/data-scientist.txt";

    @Test
    void aMarkdownishListUnderRoundAndCategoryHeadingsGivesElevenQuestions() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("question-list");
        assertThat(g.title()).isEqualTo("Acme Backend Engineer Interview Questions");
        assertThat(g.questions()).hasSize(11);
        assertThat(g.rounds()).extracting(Round::name).containsExactly("Round 1: Phone Screen", "Round 2: Onsite");
        assertThat(g.questions()).filteredOn(q -> "Round 1: Phone Screen".equals(q.round())).hasSize(3)
                .allMatch(q -> q.category() == null);
        assertThat(g.questions()).filteredOn(q -> "Round 2: Onsite".equals(q.round())).extracting(Question::category)
                .containsExactly("Coding", "Coding", "Coding", "System Design", "System Design");
        assertThat(g.questions()).filteredOn(q -> "Behavioral".equals(q.category())).hasSize(3)
                .allMatch(q -> q.round() == null);
    }

    @Test
    void aTrailingDifficultyLabelIsReadAndLeftOutOfTheText() {
        Guide g = Shapes.ingest(MARKDOWN).guide();
        assertThat(g.questions().get(3).text()).isEqualTo("Implement an LRU cache with O(1) get and put.");
        assertThat(g.questions().get(3).difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(g.questions().get(4).difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(g.questions().get(5).difficulty()).isNull();
        assertThat(g.questions().get(5).text()).isEqualTo("Reverse a linked list in groups of k.");
    }

    @Test
    void anIndentedFollowUpBecomesTheNotesOfItsQuestionNotAQuestion() {
        Question shard = Shapes.ingest(MARKDOWN).guide().questions().get(7);
        assertThat(shard.text()).startsWith("How would you shard a users table");
        assertThat(shard.notes()).isEqualTo("Follow-up: how do you rebalance without downtime?");
        assertThat(shard.lines().toString()).isEqualTo("23-24");
    }

    @Test
    void emojiAndBoldMarkupAreLeftOutOfHeadingsAndQuestions() {
        Guide g = Shapes.ingest(MARKDOWN).guide();
        assertThat(g.questions()).extracting(Question::text)
                .contains("What would you do differently on your last project?")
                .noneMatch(t -> t.contains("**") || t.startsWith("1.") || t.startsWith("-"));
    }

    @Test
    void aTipsHeadingGivesTipsWithEmojiMarkersReadAsMeaningAndTheGluedLabelSplitOff() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        assertThat(Shapes.items(p.guide(), SectionKind.TIPS)).extracting(SectionItem::text).containsExactly(
                "Ask clarifying questions before you write any code.",
                "Think out loud: interviewers grade the process, not only the answer.",
                "Do: Quote numbers from your own projects.", "Avoid: Jumping to microservices for a CRUD app.",
                "Acme's loop rewards clear trade-offs over clever tricks.");
        assertThat(Shapes.rules(p)).contains("glued-label");
    }

    @Test
    void navigationAndTheFooterAreDroppedAndNoLineIsUnclassified() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION))
                .containsExactly("Home › Interview Prep › Acme", "Sign in", "Share this");
        assertThat(Shapes.dropped(p, DropReason.BOILERPLATE)).containsExactly("© 2025 PrepSite. All rights reserved.");
        assertThat(p.ledger().entries().get(38).use()).isEqualTo(LineUse.STRUCTURE);
    }

    @Test
    void companyAndRoleComeFromTheTitleBeforeThePath() {
        ParsedGuide p = Shapes.ingest(MARKDOWN);
        assertThat(p.guide().company()).isEqualTo("Acme");
        assertThat(p.guide().role()).isEqualTo("Backend Engineer");
        assertThat(Shapes.rules(p)).doesNotContain("company-from-path", "role-from-path");
    }

    @Test
    void aPlainTextListWithColonLabelsAndBulletsGivesTenQuestions() {
        ParsedGuide p = Shapes.ingest(PLAIN);
        Guide g = p.guide();
        assertThat(g.source().format()).isEqualTo("question-list");
        assertThat(g.title()).isEqualTo("Globex Data Scientist Interview Questions");
        assertThat(g.overview().readMinutes()).isEqualTo(4);
        assertThat(g.questions()).hasSize(10);
        assertThat(g.rounds()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Phone screen");
            assertThat(r.kind()).isEqualTo("screen");
        });
        assertThat(g.questions()).filteredOn(q -> q.round() != null).hasSize(3)
                .allMatch(q -> q.round().equals("Phone screen") && q.category() == null);
        assertThat(g.questions().stream().map(Question::category).distinct())
                .containsExactly(null, "Statistics", "SQL", "Behavioral");
    }

    @Test
    void theByteOrderMarkAndCrlfLineEndsDoNotShowInTheText() {
        Guide g = Shapes.ingest(PLAIN).guide();
        assertThat(g.title()).doesNotStartWith("\uFEFF");
        assertThat(g.questions()).noneMatch(q -> q.text().contains("\r"));
        assertThat(g.questions().get(3).text()).isEqualTo("When would you use a Mann–Whitney U test instead of a t-test?");
    }

    @Test
    void aRelatedGuidesBlockAndTheSubscribeLinkAreNavigation() {
        ParsedGuide p = Shapes.ingest(PLAIN);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(Shapes.dropped(p, DropReason.NAVIGATION)).containsExactly("Related guides",
                "Globex Data Analyst interview questions", "Globex ML Engineer interview questions",
                "Subscribe for weekly questions");
        assertThat(p.guide().sections()).isEmpty();
        assertThat(Shapes.rules(p)).doesNotContain("company-from-path", "role-from-path");
        assertThat(p.guide().company()).isEqualTo("Globex");
        assertThat(p.guide().role()).isEqualTo("Data Scientist");
    }
}
