package dev.prepkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FontCoverageTest {

    private final FontCoverage coverage = FontCoverage.dejaVu();

    @Test
    void latinPunctuationAndBoxesAreCoveredEmojiAndHanAreNot() {
        for (int cp : "Aé–—“”‘’…→•·☐✓\uFFFD".codePoints().toArray()) {
            assertThat(coverage.covers(cp)).as("U+%04X", cp).isTrue();
        }
        assertThat(coverage.covers(0x1F6AB)).isFalse();
        assertThat(coverage.covers(0x4E2D)).isFalse();
    }

    @Test
    void uncoveredCharactersAreListedOnceInCodePointOrder() {
        Bank bank = new Bank(List.of(TestBanks.guide("cov", "Guide \uD83D\uDE80", List.of(),
                List.of(TestBanks.question("cov", 1, "Why \uD83D\uDEAB and \uD83D\uDE80 and \u4E2D?", null,
                        "Cat \u4E2D", Difficulty.EASY, List.of("\uD83D\uDEAB"), null)), List.of())));
        assertThat(coverage.uncovered(bank)).containsExactly("U+4E2D \u4E2D", "U+1F680 \uD83D\uDE80",
                "U+1F6AB \uD83D\uDEAB");
    }

    @Test
    void printableTextShowsTheMarkerAndDropsOnlyInvisibleCharacters() {
        Set<Integer> missing = new TreeSet<>();
        String text = "a\tb\r\nc \uD83D\uDEAB d\uDB40\uDC01e \u0007";
        assertThat(coverage.printable(text, missing)).isEqualTo("a b\nc \uFFFD de \uFFFD");
        assertThat(missing).containsExactly(0x0007, 0x1F6AB);
        assertThat(FontCoverage.describe(0x0007)).isEqualTo("U+0007");
        assertThat(FontCoverage.describe(0x1F6AB)).isEqualTo("U+1F6AB \uD83D\uDEAB");
    }

    @Test
    void aCoveredBankHasNothingToReport() {
        assertThat(coverage.uncovered(TestBanks.small())).isEmpty();
    }
}
