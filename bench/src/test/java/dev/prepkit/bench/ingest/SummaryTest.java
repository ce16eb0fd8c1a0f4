package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryTest {

    private static Truth truth(String file, List<Truth.Question> questions, List<String> rounds) {
        return new Truth(file, questions, 0, Map.of(), rounds, rounds.size());
    }

    private static Extraction got(List<Extraction.Extracted> questions, List<String> rounds) {
        return new Extraction("markdown", questions, rounds, false, null, false);
    }

    private static Extraction.Extracted x(int line, String text) {
        return new Extraction.Extracted(text, line, null);
    }

    private static final List<Truth.Question> FOUR = List.of(new Truth.Question(1, "What is a join?"),
            new Truth.Question(2, "What is an index?"), new Truth.Question(3, "Design a cache."),
            new Truth.Question(4, "Reverse a linked list."));

    @Test
    void aFileWithTruthQuestionsAndNothingExtractedIsASilentEmptyUnlessIngestWarned() {
        FileScore silent = FileScore.of(truth("a.md", FOUR, List.of()), got(List.of(), List.of()));
        FileScore warned = FileScore.of(truth("b.md", FOUR, List.of()),
                new Extraction("markdown", List.of(), List.of(), true, null, false));
        FileScore control = FileScore.of(truth("c.md", List.of(), List.of()), got(List.of(), List.of()));
        assertThat(silent.silentEmpty()).isTrue();
        assertThat(warned.silentEmpty()).isFalse();
        assertThat(control.silentEmpty()).isFalse();
        assertThat(new Summary(List.of(silent, warned, control)).silentEmpties()).containsExactly(silent);
    }

    @Test
    void theOverallFiguresAddUpTheFilesAndLeaveCopiesOutOfPrecision() {
        FileScore a = FileScore.of(truth("a.md", FOUR, List.of("Round 1 - Phone screen", "Onsite")),
                got(List.of(x(1, "What is a join?"), x(9, "What is a join?"), x(2, "What is an index?"),
                        x(7, "Tell me about yourself")), List.of("Round 1", "Lunch")));
        FileScore control = FileScore.of(truth("neg.md", List.of(), List.of()),
                got(List.of(x(3, "Why do you want to work here?")), List.of()));
        Summary s = new Summary(List.of(a, control));
        assertThat(a.truePositives()).isEqualTo(2);
        assertThat(a.copies()).isEqualTo(1);
        assertThat(a.falsePositives()).isEqualTo(1);
        assertThat(a.recall()).isEqualTo(0.5);
        assertThat(s.precision()).isEqualTo(2.0 / 4);          // 2 found, 1 + 1 false positives, the copy left out
        assertThat(s.recall()).isEqualTo(2.0 / 4);
        assertThat(s.minFileRecall()).isEqualTo(0.5);
        assertThat(s.roundRecall()).isEqualTo(1.0 / 2);
        assertThat(s.countError()).isEqualTo((0 + 1) / 4.0);  // |4 - 4| + |1 - 0| over 4 truth questions
        assertThat(s.negativeControlQuestions()).isEqualTo(1);
    }

    @Test
    void theTargetsLineSaysMetWhenEveryTargetIsMet() {
        FileScore a = FileScore.of(truth("a.md", FOUR, List.of()), got(List.of(x(1, "What is a join?"),
                x(2, "What is an index?"), x(3, "Design a cache."), x(4, "Reverse a linked list.")), List.of()));
        assertThat(new Summary(List.of(a)).targetsLine()).endsWith(": MET");
    }

    @Test
    void theTargetsLineNamesEveryTargetMissed() {
        FileScore a = FileScore.of(truth("a.md", FOUR, List.of("Onsite")), got(List.of(x(1, "What is a join?"),
                x(8, "Not a question")), List.of()));
        FileScore empty = FileScore.of(truth("b.md", FOUR, List.of()), got(List.of(), List.of()));
        FileScore control = FileScore.of(truth("neg.md", List.of(), List.of()),
                got(List.of(x(3, "Why us?")), List.of()));
        String line = new Summary(List.of(a, empty, control)).targetsLine();
        assertThat(line).contains("NOT MET (precision 0.333 < 0.95; recall 0.125 < 0.95; 2 files below recall 0.80 "
                + "(min 0.00); round recall 0.00 < 0.90; 1 silent empty; 1 question on negative controls)");
    }

    @Test
    void difficultyIsComparedOnMatchedQuestionsOnly() {
        Truth t = new Truth("q.csv", FOUR, 4, Map.of("Easy", 2, "Hard", 2), List.of(), 0);
        FileScore f = FileScore.of(t, got(List.of(new Extraction.Extracted("What is a join?", 1, Difficulty.EASY),
                new Extraction.Extracted("What is an index?", 2, Difficulty.MEDIUM),
                new Extraction.Extracted("Unrelated", 9, Difficulty.HARD)), List.of()));
        assertThat(f.difficulty()).isEqualTo(new DifficultyAgreement(1, 2));
    }
}
