package dev.prepkit.bench.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Matches extracted questions to truth questions as the corpus README's "How to compare" says, and as the
 * project's independent checker ({@code ../shared/tools/ingest_eval.py}) does, so that the figures agree.
 *
 * <p>Extracted questions are taken in order; each one matches at most one truth question not matched yet:
 * <ol>
 * <li>by text: the normalized texts ({@link #key}) are equal, or one contains the other and the shorter is at
 *     least 60 % of the longer ({@link #similar}); among such truth questions an equal text beats a contained one,
 *     and then one on the extracted question's own line beats the first in file order;</li>
 * <li>else by line: the first truth question on the extracted question's start line. Each truth question is
 *     matched once, so the line rule matches at most as many extracted questions as there are truth questions on
 *     that line.</li>
 * </ol>
 * An extracted question that matches nothing is a <em>copy</em> when its text equals one already matched or is
 * similar to a matched truth text (a duplicate the duplicate rules report, not a false positive), else a false
 * positive. The checker takes the first similar truth question without preferring an equal text or the same line;
 * the preference changes which truth question is found, and so the count only when a text is similar to two
 * truth questions.
 */
public final class QuestionMatcher {

    /** What became of one extracted question. */
    public enum Kind {
        /** It matched a truth question. */
        MATCHED,
        /** It repeats a text already matched: neither a true nor a false positive. */
        COPY,
        /** It matched nothing. */
        FALSE_POSITIVE
    }

    /**
     * The matching of one file.
     *
     * @param extractedOf for each truth question, the index of the extracted question that matched it, or -1
     * @param truthOf for each extracted question, the index of the truth question it matched, or -1
     * @param kinds for each extracted question, what became of it
     */
    public record Result(List<Integer> extractedOf, List<Integer> truthOf, List<Kind> kinds) {

        public Result {
            extractedOf = List.copyOf(extractedOf);
            truthOf = List.copyOf(truthOf);
            kinds = List.copyOf(kinds);
        }

        /** Matched truth questions (= matched extracted questions). */
        public int truePositives() {
            return count(Kind.MATCHED);
        }

        /** Extracted questions that matched nothing and copy nothing found. */
        public int falsePositives() {
            return count(Kind.FALSE_POSITIVE);
        }

        /** Extracted copies of a text already found. */
        public int copies() {
            return count(Kind.COPY);
        }

        /** Indexes of the truth questions not found. */
        public List<Integer> missed() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < extractedOf.size(); i++) {
                if (extractedOf.get(i) < 0) {
                    out.add(i);
                }
            }
            return out;
        }

        private int count(Kind kind) {
            return (int) kinds.stream().filter(k -> k == kind).count();
        }
    }

    private QuestionMatcher() {
    }

    /**
     * The comparison form of a text: lower case with every character that is not a letter or a number removed
     * (as Python's {@code re.sub(r'[\W_]+', '', s.lower())}: letters and digits of any script stay).
     */
    public static String key(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        lower.codePoints().filter(QuestionMatcher::isWordChar).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * Whether two keys are the same question: equal, or one contains the other and the shorter is at least 60 % of
     * the longer. Empty keys are similar to nothing.
     */
    public static boolean similar(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return longer.contains(shorter) && shorter.length() >= 0.6 * longer.length();
    }

    /** Matches one file's extracted questions to its truth questions. */
    public static Result match(List<Truth.Question> truth, List<Extraction.Extracted> extracted) {
        String[] truthKeys = truth.stream().map(q -> key(q.text())).toArray(String[]::new);
        Integer[] extractedOf = new Integer[truth.size()];
        Arrays.fill(extractedOf, -1);
        List<Integer> truthOf = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        Set<String> foundKeys = new HashSet<>();
        for (int e = 0; e < extracted.size(); e++) {
            Extraction.Extracted q = extracted.get(e);
            String k = key(q.text());
            int hit = -1;
            int best = Integer.MAX_VALUE;
            for (int t = 0; t < truth.size(); t++) {
                if (extractedOf[t] < 0 && similar(k, truthKeys[t])) {
                    int rank = (k.equals(truthKeys[t]) ? 0 : 2) + (truth.get(t).line() == q.line() ? 0 : 1);
                    if (rank < best) {
                        best = rank;
                        hit = t;
                    }
                }
            }
            for (int t = 0; hit < 0 && t < truth.size(); t++) {
                if (extractedOf[t] < 0 && q.line() > 0 && truth.get(t).line() == q.line()) {
                    hit = t;
                }
            }
            if (hit >= 0) {
                extractedOf[hit] = e;
                truthOf.add(hit);
                kinds.add(Kind.MATCHED);
                foundKeys.add(k);
            } else {
                truthOf.add(-1);
                kinds.add(isCopy(k, foundKeys, truthKeys, extractedOf) ? Kind.COPY : Kind.FALSE_POSITIVE);
            }
        }
        return new Result(Arrays.asList(extractedOf), truthOf, kinds);
    }

    private static boolean isCopy(String key, Set<String> foundKeys, String[] truthKeys, Integer[] extractedOf) {
        if (!key.isEmpty() && foundKeys.contains(key)) {
            return true;
        }
        for (int t = 0; t < truthKeys.length; t++) {
            if (extractedOf[t] >= 0 && similar(key, truthKeys[t])) {
                return true;
            }
        }
        return false;
    }
}
