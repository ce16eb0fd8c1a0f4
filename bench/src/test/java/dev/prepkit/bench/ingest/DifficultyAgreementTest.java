package dev.prepkit.bench.ingest;

import static dev.prepkit.model.Difficulty.EASY;
import static dev.prepkit.model.Difficulty.HARD;
import static dev.prepkit.model.Difficulty.MEDIUM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DifficultyAgreementTest {

    @Test
    void truthLabelsEasyMediumHardAndEMHInAnyCaseAreDifficulties() {
        assertThat(DifficultyAgreement.canonical("Easy")).contains(EASY);
        assertThat(DifficultyAgreement.canonical("medium")).contains(MEDIUM);
        assertThat(DifficultyAgreement.canonical(" H ")).contains(HARD);
        assertThat(DifficultyAgreement.canonical("e")).contains(EASY);
        assertThat(DifficultyAgreement.canonical("M")).contains(MEDIUM);
        assertThat(DifficultyAgreement.canonical("Expert")).isEmpty();
    }

    @Test
    void theMatchedDifficultiesAreComparedWithTheTruthAsCountsPerLabel() {
        // truth: 2 easy, 1 medium, 1 hard; extracted: 3 easy, 1 without difficulty -> 2 of 4 can agree
        DifficultyAgreement a = DifficultyAgreement.of(Map.of("E", 2, "Medium", 1, "hard", 1),
                Arrays.asList(EASY, EASY, EASY, null));
        assertThat(a).isEqualTo(new DifficultyAgreement(2, 4));
    }

    @Test
    void onlyAsManyQuestionsAreComparedAsWereMatched() {
        DifficultyAgreement a = DifficultyAgreement.of(Map.of("Easy", 10, "Hard", 10), List.of(HARD, HARD, EASY));
        assertThat(a).isEqualTo(new DifficultyAgreement(3, 3));
    }

    @Test
    void aFileWithoutLabelsHasNothingToCompare() {
        assertThat(DifficultyAgreement.of(Map.of(), List.of(EASY)).any()).isFalse();
        assertThat(DifficultyAgreement.of(Map.of("Expert", 3), List.of(EASY)).any()).isFalse();
        assertThat(DifficultyAgreement.of(Map.of("Easy", 3), List.of()).any()).isFalse();
    }
}
