package dev.prepkit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void aByteOrderMarkAndAllLineEndsAreHandled() {
        assertThat(TextNormalizer.lines("\uFEFFa\r\nb\rc\nd\n")).containsExactly("a", "b", "c", "d");
    }

    @Test
    void oddSpacesAreUnifiedAndZeroWidthCharactersRemoved() {
        assertThat(TextNormalizer.normalizeLine("Design\u00A0a\u200B rate\u202Flimiter  ")).isEqualTo("Design a rate limiter");
    }

    @Test
    void textIsPutInNfcAndCurlyQuotesAndDashesAreKept() {
        assertThat(TextNormalizer.normalizeLine("cafe\u0301 \u201Cquoted\u201D \u2014 done")).isEqualTo("caf\u00E9 \u201Cquoted\u201D \u2014 done");
    }
}
