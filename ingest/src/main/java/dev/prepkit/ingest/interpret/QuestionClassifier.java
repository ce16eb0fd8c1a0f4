package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.Mark;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Scores a block as an interview question by named, weighted features. Positive: a question mark (any script), an
 * interrogative or interview imperative opening, a question label ({@code Q.}, {@code Problem 2:}), numbering, a
 * place in a question list, a question-list heading above, an answer below, the page's own question markup.
 * Negative: link-only and navigation text, questions for the interviewer, FAQ and no-question parts, prose
 * (several sentences, first-person narration), a long text. A block is a question at {@link #THRESHOLD} or above.
 * Remembers what each text it scored says by itself: one instance per pass, not thread-safe.
 */
final class QuestionClassifier {

    /** The score a block needs to be a question. */
    static final double THRESHOLD = 2.0;

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?\uFF1F\u061F](?=[\\s\"\u201D')]|$)");
    private static final Pattern ABOUT_CANDIDATE = Pattern.compile("(?i)^(are|do|does|did|is|was|were|can|could|will"
            + "|would|has|have|how (do|does|did|well)|what (do|does|did)|why (do|does|did))\\s+(they|he|she|the candidate"
            + "|the person|this person|candidates|the solution|their)\\b");
    /** A fact line written as "Key: value" ("Feedback: Strong Hire", "Duration: 20 minutes"). */
    private static final Pattern KEY_VALUE = Pattern.compile("^[^\\p{L}\\p{N}]*\\p{Lu}[\\p{L} /&-]{1,24}:\\s+\\S");
    /** A vague mention, not a question: "Some SQL commands would be asked.", "And some questions about …". */
    private static final Pattern VAGUE = Pattern.compile("(?i)^(and |also |plus )?(some|a few|many|various|several|other)"
            + "\\s+(\\S+\\s+){0,3}(questions?|commands?|problems?|puzzles?|topics?)\\b|\\b(would|will|might|may) be asked\\b");
    private static final Pattern NARRATION = Pattern.compile("(?i)^(i|we|my|our|after|then|so|once|on|in this|this|"
            + "there|it|he|she|they|the (interview|round|panel|hr|interviewer))\\b");

    /**
     * What the interpreter knows of a block's place.
     *
     * @param inQuestionList the block is an item of a list read as a question list
     * @param inQuestionPart a heading that lists questions (or a round) is open
     * @param blockedBy the open heading that rules out questions, or null
     * @param followedByAnswer an answer (code, an answer paragraph, the page's answer markup) follows
     */
    record Place(boolean inQuestionList, boolean inQuestionPart, Frame blockedBy, boolean followedByAnswer) {
    }

    /**
     * A score and the features that made it.
     *
     * @param value the sum of the weights
     * @param features each feature with its weight ({@code question-mark +3.0})
     */
    record Score(double value, List<String> features) {
        boolean question() {
            return value >= THRESHOLD;
        }
    }

    /**
     * What a text says by itself, wherever it stands. A block is scored several times at different places (a list
     * is weighed before its items are read), so a pass works these out once per text.
     */
    private record TextFacts(boolean noWords, boolean asks, boolean interrogative, boolean imperative,
            boolean navigation, boolean aboutCandidate, boolean asksInterviewer, int sentences, boolean narration) {

        static TextFacts of(String text) {
            if (text.isBlank() || text.chars().noneMatch(Character::isLetter)) {
                return new TextFacts(true, false, false, false, false, false, false, 0, false);
            }
            boolean interrogative = Lexicon.interrogative(text);
            return new TextFacts(false, Lexicon.asks(text), interrogative, !interrogative && Lexicon.imperative(text),
                    Phrases.navigation(text), ABOUT_CANDIDATE.matcher(text).lookingAt(), Phrases.asksInterviewer(text),
                    QuestionClassifier.sentences(text), NARRATION.matcher(text.toLowerCase(Locale.ROOT)).lookingAt());
        }
    }

    private final Map<String, TextFacts> facts = new HashMap<>();
    /** The label of each feature with the weight it last had ({@code question-mark +3.0}), made once. */
    private final Map<String, Label> labels = new HashMap<>();

    private record Label(double weight, String text) {
    }

    private String label(String name, double w) {
        Label l = labels.get(name);
        if (l == null || l.weight() != w) {
            l = new Label(w, name + (w >= 0 ? " +" : " ") + w);
            labels.put(name, l);
        }
        return l.text();
    }

    /** Scores a block's text (as read by {@link Labels}) at its place. */
    Score score(Block block, Labels.Read read, Place place) {
        List<String> features = new ArrayList<>();
        double[] sum = {0};
        String text = read.text();
        TextFacts f = facts.computeIfAbsent(text, TextFacts::of);
        java.util.function.BiConsumer<String, Double> add = (name, w) -> {
            sum[0] += w;
            features.add(label(name, w));
        };
        if (f.noWords()) {
            add.accept("no-words", -10.0);
            return new Score(sum[0], features);
        }
        boolean asks = f.asks();
        if (asks) {
            add.accept("question-mark", 3.0);
        }
        if (f.interrogative()) {
            add.accept("interrogative", 1.5);
        } else if (f.imperative()) {
            add.accept("imperative", 1.5);
        }
        if (read.labelled()) {
            add.accept("question-label", 3.0);
        }
        if (read.numbered() || block.ordered()) {
            add.accept("numbered", 0.5);
        }
        if (block.has(Mark.MARKED_QUESTION)) {
            add.accept("question-markup", 4.0);
        }
        if (place.inQuestionList()) {
            add.accept("question-list", 2.0);
        } else if (place.inQuestionPart() && (block.kind() == BlockKind.LIST_ITEM || read.numbered() || read.labelled()
                || block.has(Mark.STRONG) || block.has(Mark.MARKED_QUESTION))) {
            add.accept("question-heading-above", 1.0);
        }
        if (place.followedByAnswer() && (block.kind() == BlockKind.HEADING || block.has(Mark.STRONG) || read.numbered()
                || read.labelled())) {
            add.accept("answer-follows", 1.0);
        }
        if (block.has(Mark.STRONG) && block.kind() == BlockKind.PARAGRAPH) {
            add.accept("bold-line", 0.5);
        }
        if (block.has(Mark.LINK_ONLY) || block.has(Mark.ANCHOR_LINKS)) {
            add.accept("link-only", -6.0);
        }
        if (f.navigation()) {
            add.accept("navigation", -6.0);
        }
        if (!asks && !read.labelled() && KEY_VALUE.matcher(text).find()) {
            add.accept("key-value-line", -3.0);
        }
        if (!asks && VAGUE.matcher(text).find()) {
            add.accept("vague-mention", -4.0);
        }
        if (f.aboutCandidate()) {
            add.accept("about-the-candidate", -4.0);
        }
        if (f.asksInterviewer()) {
            add.accept("asks-the-interviewer", -6.0);
        }
        if (place.blockedBy() != null) {
            Role r = place.blockedBy().role();
            add.accept(r == Role.ASK_INTERVIEWER ? "under-questions-for-the-interviewer"
                    : r == Role.FAQ ? "under-faq" : r == Role.TOC ? "under-table-of-contents" : "under-no-question-part",
                    r == Role.NO_QUESTIONS ? -3.0 : -6.0);
        }
        int sentences = f.sentences();
        if (block.kind() == BlockKind.PARAGRAPH && !read.labelled() && !read.numbered() && !block.has(Mark.STRONG)
                && !block.has(Mark.MARKED_QUESTION) && !place.inQuestionList() && sentences >= 3) {
            add.accept("prose", -3.0);
        }
        if (!asks && !read.labelled() && !place.inQuestionList() && f.narration()) {
            add.accept("narration", -1.5);
        }
        if (text.length() > 600) {
            add.accept("very-long", -3.0);
        } else if (text.length() > 350 && !place.inQuestionList()) {
            add.accept("long", -1.0);
        }
        if (block.kind() == BlockKind.HEADING && !asks && !read.labelled() && !place.followedByAnswer()) {
            add.accept("title-only", -1.5);
        }
        return new Score(sum[0], features);
    }

    /** How many sentences a text has. */
    static int sentences(String text) {
        int n = 0;
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            n++;
        }
        return Math.max(1, n);
    }
}
