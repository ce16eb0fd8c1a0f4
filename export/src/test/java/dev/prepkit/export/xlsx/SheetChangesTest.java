package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SheetChangesTest {

    private static final Guide N = TestBanks.netflix();
    private static final Question Q = N.questions().get(0);

    @TempDir
    Path dir;

    @Test
    void appliesEveryFieldAndReturnsOnlyTheChangedGuides() {
        List<Guide> updated = SheetChanges.apply(TestBanks.sample(), List.of(
                new Change(N.id(), Q.id(), "difficulty", "hard", "medium"),
                new Change(N.id(), Q.id(), "tags", "System Design, Streaming", "System Design, CDN"),
                new Change(N.id(), Q.id(), "category", "System Design", "Architecture"),
                new Change(N.id(), Q.id(), "round", "Onsite", "Recruiter Screen"),
                new Change(N.id(), Q.id(), "notes", "Push for CDN and regional failover.", "Ask about caching.")));

        assertThat(updated).hasSize(1);
        Guide g = updated.get(0);
        assertThat(g.id()).isEqualTo(N.id());
        Question q = g.questions().get(0);
        assertThat(q.id()).isEqualTo(Q.id());
        assertThat(q.text()).isEqualTo(Q.text());
        assertThat(q.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(q.tags()).containsExactly("System Design", "CDN");
        assertThat(q.category()).isEqualTo("Architecture");
        assertThat(q.round()).isEqualTo("Recruiter Screen");
        assertThat(q.notes()).isEqualTo("Ask about caching.");
        assertThat(q.lines()).isEqualTo(Q.lines());
        assertThat(g.questions().subList(1, g.questions().size())).isEqualTo(N.questions().subList(1, 6));
        assertThat(g.rounds()).isEqualTo(N.rounds());
    }

    @Test
    void anEmptyNewValueClearsTheField() {
        Guide g = SheetChanges.apply(TestBanks.sample(), List.of(
                new Change(N.id(), Q.id(), "difficulty", "hard", null),
                new Change(N.id(), Q.id(), "tags", "System Design, Streaming", null),
                new Change(N.id(), Q.id(), "notes", "Push for CDN and regional failover.", null))).get(0);

        assertThat(g.questions().get(0).difficulty()).isNull();
        assertThat(g.questions().get(0).tags()).isEmpty();
        assertThat(g.questions().get(0).notes()).isNull();
    }

    @Test
    void noChangesGiveNoGuides() {
        assertThat(SheetChanges.apply(TestBanks.sample(), List.of())).isEmpty();
    }

    @Test
    void aChangeWhoseOldValueIsNoLongerInTheBankIsRefused() {
        assertThatThrownBy(() -> SheetChanges.apply(TestBanks.sample(),
                List.of(new Change(N.id(), Q.id(), "difficulty", "easy", "medium"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the bank now holds 'hard'");
    }

    @Test
    void aChangeOfAnUnknownGuideOrQuestionIsRefused() {
        assertThatThrownBy(() -> SheetChanges.apply(TestBanks.sample(),
                List.of(new Change("nope", Q.id(), "difficulty", "hard", "easy"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guide nope");
        assertThatThrownBy(() -> SheetChanges.apply(TestBanks.sample(),
                List.of(new Change(N.id(), "q-0000000000", "difficulty", "hard", "easy"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("question q-0000000000");
    }

    @Test
    void aChangeNamesAKnownFieldAndPrintsAsIdFieldOldToNew() {
        assertThatThrownBy(() -> new Change(N.id(), Q.id(), "text", "a", "b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Change(N.id(), Q.id(), "tags", null, "Kafka, SQL"))
                .hasToString(Q.id() + " tags: (none) -> Kafka, SQL");
    }

    @Test
    void exportEditImportApplyThenExportAgainGivesNoFurtherChanges() throws IOException {
        Path exported = dir.resolve("export.xlsx");
        new QuestionSheetWriter().write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.options(), exported);
        Path edited = Workbooks.rewrite(exported, dir.resolve("edited.xlsx"), wb -> {
            var s = wb.getSheet("Questions");
            Workbooks.set(s, 1, "Difficulty", "Easy");
            Workbooks.set(s, 2, "Tags", "Behavioral, Conflict");
            Workbooks.set(s, 3, "Notes", "Two pointers.\nMention recursion.");
        });
        QuestionSheetReader reader = new QuestionSheetReader();
        ImportResult result = reader.read(edited, TestBanks.sample());
        assertThat(result.changes()).hasSize(3);

        List<Guide> updated = SheetChanges.apply(TestBanks.sample(), result.changes());
        Bank next = new Bank(List.of(updated.get(0), TestBanks.acme()));
        Path again = dir.resolve("again.xlsx");
        new QuestionSheetWriter().write(next, TestBanks.taxonomy(), TestBanks.options(), again);

        assertThat(reader.read(edited, next).findings()).extracting(f -> f.ruleId()).as("the old sheet is stale now")
                .containsOnly("import-stale-row");
        ImportResult fresh = reader.read(again, next);
        assertThat(fresh.changes()).isEmpty();
        assertThat(fresh.findings()).isEmpty();
        assertThat(updated.get(0).questions().get(2).notes()).isEqualTo("Two pointers.\nMention recursion.");
    }
}
