package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.bench.ingest.QuestionMatcher.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionMatcherTest {

    private static Truth.Question t(int line, String text) {
        return new Truth.Question(line, text);
    }

    private static Extraction.Extracted x(int line, String text) {
        return new Extraction.Extracted(text, line, null);
    }

    @Test
    void theKeyIsLowerCaseWithEveryCharacterThatIsNotALetterOrANumberRemoved() {
        assertThat(QuestionMatcher.key("  What's `git fetch`? (2 min) ")).isEqualTo("whatsgitfetch2min");
        assertThat(QuestionMatcher.key("Café – naïve ½ 😀 под_черк")).isEqualTo("cafénaïve½подчерк");
        assertThat(QuestionMatcher.key("?!* …")).isEmpty();
    }

    @Test
    void aTruthQuestionIsFoundByTextIgnoringCasePunctuationAndSpaces() {
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(t(3, "What is Git?")),
                List.of(x(40, "what is git")));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.extractedOf()).containsExactly(0);
    }

    @Test
    void aTruthQuestionIsFoundByItsLineWhenTheTextDiffers() {
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(t(7, "Design a URL shortener")),
                List.of(x(7, "URL shortener: design it, then scale it to a billion links a day")));
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.falsePositives()).isZero();
    }

    @Test
    void anExtractedQuestionWithoutALineIsNeverMatchedByLine() {
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(t(7, "Design a URL shortener")),
                List.of(x(-1, "Something else entirely")));
        assertThat(r.kinds()).containsExactly(Kind.FALSE_POSITIVE);
    }

    @Test
    void theLineRuleMatchesNoMoreExtractedQuestionsThanThereAreTruthQuestionsOnThatLine() {
        List<Truth.Question> truth = List.of(t(19, "Invert a binary tree."), t(19, "Reverse a linked list."),
                t(20, "Something on the next line"));
        QuestionMatcher.Result r = QuestionMatcher.match(truth, List.of(x(19, "first thing"), x(19, "second thing"),
                x(19, "third thing")));
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.kinds()).containsExactly(Kind.MATCHED, Kind.MATCHED, Kind.FALSE_POSITIVE);
        assertThat(r.missed()).containsExactly(2);
    }

    @Test
    void aTextThatContainsTheTruthTextMatchesWhenTheShorterIsAtLeastSixtyPercentOfTheLonger() {
        // "whatisgit" (9) in "whatisgitexactly" (16): 56 % -> no; "whatisgitreally" (15): 60 % -> yes
        assertThat(QuestionMatcher.similar("whatisgit", "whatisgitexactly")).isFalse();
        assertThat(QuestionMatcher.similar("whatisgit", "whatisgitreally")).isTrue();
        assertThat(QuestionMatcher.similar("whatisgitreally", "whatisgit")).isTrue();
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(t(3, "What is Git, really?")),
                List.of(x(50, "What is Git?")));
        assertThat(r.truePositives()).isEqualTo(1);
    }

    @Test
    void aContainedTextBelowSixtyPercentOfTheLongerIsAFalsePositive() {
        QuestionMatcher.Result r = QuestionMatcher.match(
                List.of(t(3, "What is Git and what is a repository in Git?")), List.of(x(50, "What is Git?")));
        assertThat(r.truePositives()).isZero();
        assertThat(r.falsePositives()).isEqualTo(1);
    }

    @Test
    void emptyTextsAreSimilarToNothing() {
        assertThat(QuestionMatcher.similar("", "")).isFalse();
        assertThat(QuestionMatcher.similar("", "abc")).isFalse();
    }

    @Test
    void eachExtractedQuestionMatchesAtMostOneTruthQuestionAndEachTruthQuestionAtMostOneExtracted() {
        List<Truth.Question> truth = List.of(t(10, "How would you choose the value of k?"),
                t(19, "How would you choose the value of k?"));
        QuestionMatcher.Result one = QuestionMatcher.match(truth, List.of(x(10, "How would you choose the value of k?")));
        assertThat(one.truePositives()).isEqualTo(1);
        assertThat(one.missed()).containsExactly(1);
        QuestionMatcher.Result two = QuestionMatcher.match(truth, List.of(
                x(10, "How would you choose the value of k?"), x(19, "How would you choose the value of k?")));
        assertThat(two.truePositives()).isEqualTo(2);
        assertThat(two.truthOf()).containsExactly(0, 1);
    }

    @Test
    void identicalTextsAreMatchedToTheTruthQuestionOnTheirOwnLine() {
        List<Truth.Question> truth = List.of(t(10, "How would you choose the value of k?"),
                t(19, "How would you choose the value of k?"));
        QuestionMatcher.Result r = QuestionMatcher.match(truth, List.of(x(19, "How would you choose the value of k?")));
        assertThat(r.missed()).containsExactly(0);
    }

    @Test
    void anEqualTextIsPreferredToAContainingOne() {
        List<Truth.Question> truth = List.of(t(1, "What is Git, really?"), t(2, "What is Git?"));
        QuestionMatcher.Result r = QuestionMatcher.match(truth,
                List.of(x(-1, "What is Git?"), x(-1, "What is Git, really?")));
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.truthOf()).containsExactly(1, 0);
    }

    @Test
    void anExtractedCopyOfAFoundTextIsACopyNotAFalsePositive() {
        List<Truth.Question> truth = List.of(t(4, "What is a rebase?"), t(8, "What is a merge?"));
        QuestionMatcher.Result r = QuestionMatcher.match(truth, List.of(x(4, "What is a rebase?"),
                x(30, "What is a rebase?"), x(31, "what is a rebase"), x(32, "Not in the truth at all")));
        assertThat(r.kinds()).containsExactly(Kind.MATCHED, Kind.COPY, Kind.COPY, Kind.FALSE_POSITIVE);
        assertThat(r.truePositives()).isEqualTo(1);
        assertThat(r.copies()).isEqualTo(2);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.missed()).containsExactly(1);
    }

    @Test
    void aCopyOfATextFoundByLineIsACopyToo() {
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(t(4, "Design a cache")),
                List.of(x(4, "Cache design, with eviction"), x(9, "Cache design, with eviction")));
        assertThat(r.kinds()).containsExactly(Kind.MATCHED, Kind.COPY);
    }

    @Test
    void onAFileWithoutTruthQuestionsEveryExtractedQuestionIsAFalsePositive() {
        QuestionMatcher.Result r = QuestionMatcher.match(List.of(), List.of(x(1, "Why us?"), x(2, "Why us?")));
        assertThat(r.falsePositives()).isEqualTo(2);
        assertThat(r.copies()).isZero();
    }
}
