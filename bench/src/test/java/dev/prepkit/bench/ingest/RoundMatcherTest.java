package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoundMatcherTest {

    @Test
    void aTruthRoundIsFoundWhenAnExtractedNameIsContainedInItOrContainsIt() {
        assertThat(RoundMatcher.matches("Coding Round (HackerEarth)", "Coding round")).isTrue();
        assertThat(RoundMatcher.matches("Coding round", "Round 1: Coding round on HackerEarth")).isTrue();
        assertThat(RoundMatcher.matches("Systems design (1 hour)", "Coding round")).isFalse();
    }

    @Test
    void aTruthRoundIsFoundWhenBothNamesStartWithTheSameRoundNumber() {
        assertThat(RoundMatcher.matches("ROUND 0 - Written Exam (4 sections)", "Round 0: aptitude")).isTrue();
        assertThat(RoundMatcher.matches("Round 1 – Phone Screening (20 minutes)", "📞 Round 01 Phone")).isTrue();
        assertThat(RoundMatcher.matches("Round 1 – Phone Screening", "Round 2 – Coding 1")).isFalse();
        assertThat(RoundMatcher.matches("Phone Screening round", "Round 3")).isFalse();
    }

    @Test
    void anEmptyExtractedNameFindsNothing() {
        assertThat(RoundMatcher.matches("Coding round", " – ")).isFalse();
    }

    @Test
    void eachExtractedRoundFindsOneTruthRoundAtMost() {
        List<String> truth = List.of("Technical interview 1 (OOPS)", "Technical interview 2 (system design)");
        assertThat(RoundMatcher.found(truth, List.of("Technical interview"))).isEqualTo(1);
        assertThat(RoundMatcher.found(truth, List.of("Technical interview", "Technical interview"))).isEqualTo(2);
    }

    @Test
    void theCountIsAMaximumMatchingWhateverTheOrderOfTheNames() {
        // "Technical" fits both truth rounds, "Technical interview 2" only the second: both must be found.
        List<String> truth = List.of("Technical interview 1", "Technical interview 2");
        assertThat(RoundMatcher.found(truth, List.of("Technical", "Technical interview 2"))).isEqualTo(2);
        assertThat(RoundMatcher.found(truth, List.of("Technical interview 2", "Technical"))).isEqualTo(2);
    }
}
