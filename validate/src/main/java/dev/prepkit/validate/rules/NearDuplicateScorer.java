package dev.prepkit.validate.rules;

import dev.prepkit.validate.rules.NearDuplicateLexicon.WordClass;

/**
 * Decides whether two analysed question texts are near-duplicates: the same question written differently. Immutable
 * and thread-safe.
 *
 * <p>Two tests, both must pass:
 * <ol>
 *   <li>the <em>similarity</em>: Jaccard similarity of the two texts' shingle sets ({@link NearDuplicateText}) is
 *       at least {@link Thresholds#minSimilarity};
 *   <li>the <em>difference</em> in content words. The words of the two texts are matched one to one: equal
 *       canonical words, then a word against two adjacent words written together ({@code homepage} /
 *       {@code home page}), then typos (optimal string alignment distance 1 for words of 5 letters or more, 2 for 8
 *       or more; Damerau 1964) and derived words (a word of 5 letters or more and the same word with a suffix of
 *       at most two letters: {@code shorten}/{@code shortener}). Function, template and modifier words left over
 *       cost nothing. Content words left over pair up as <em>substitutions</em> (one on each side, cost 1) and
 *       the rest are <em>insertions</em> (cost ½). The cost divided by the larger content-word count must be at
 *       most {@link Thresholds#maxDifference}, and at most one substitution is allowed per
 *       {@link Thresholds#wordsPerSubstitution} content words, so a short question that swaps its subject
 *       ("…with your manager" / "…with a teammate", {@code x.length} / {@code x.size}) is a different question.
 * </ol>
 * When neither text has a content word, template and modifier words count as content.
 */
final class NearDuplicateScorer {

    /**
     * The decision thresholds.
     *
     * @param minSimilarity least shingle Jaccard similarity, 0 to 1
     * @param maxDifference largest content-word difference cost per content word, 0 to 1
     * @param wordsPerSubstitution content words needed per allowed substitution (1 or more)
     */
    record Thresholds(double minSimilarity, double maxDifference, int wordsPerSubstitution) {

        /** The defaults, tuned on the labelled pairs of the tests (src/test/resources/near-duplicates). */
        static final Thresholds DEFAULT = new Thresholds(0.35, 0.2, 10);

        Thresholds {
            if (minSimilarity < 0 || minSimilarity > 1 || maxDifference < 0 || wordsPerSubstitution < 1) {
                throw new IllegalArgumentException("bad thresholds: " + minSimilarity + ", " + maxDifference
                        + ", " + wordsPerSubstitution);
            }
        }
    }

    /**
     * The outcome of one comparison.
     *
     * @param similarity shingle Jaccard similarity, 0 to 1
     * @param difference content-word difference cost per content word (NaN when not computed because the
     *     similarity was too low)
     * @param substitutions content words replaced by others (-1 when not computed)
     * @param near whether the two are near-duplicates
     */
    record Comparison(double similarity, double difference, int substitutions, boolean near) {
    }

    private final Thresholds thresholds;

    /** A scorer with the given thresholds; never null. */
    NearDuplicateScorer(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The thresholds it decides with. */
    Thresholds thresholds() {
        return thresholds;
    }

    /** Compares two texts; neither is null. */
    Comparison compare(NearDuplicateText a, NearDuplicateText b) {
        double similarity = NearDuplicateText.jaccard(a.shingles(), b.shingles());
        if (similarity < thresholds.minSimilarity()) {
            return new Comparison(similarity, Double.NaN, -1, false);
        }
        boolean[] ma = new boolean[a.size()];
        boolean[] mb = new boolean[b.size()];
        markFunctionWords(a, ma);
        markFunctionWords(b, mb);
        matchEqual(a, ma, b, mb);
        matchJoined(a, ma, b, mb);
        matchJoined(b, mb, a, ma);
        matchTypos(a, ma, b, mb);
        boolean promote = a.content() == 0 && b.content() == 0;
        int leftA = leftOver(a, ma, promote);
        int leftB = leftOver(b, mb, promote);
        int words = promote ? Math.max(nonFunction(a), nonFunction(b)) : Math.max(a.content(), b.content());
        int substitutions = Math.min(leftA, leftB);
        int insertions = Math.abs(leftA - leftB);
        double difference = words == 0 ? 0 : (substitutions + 0.5 * insertions) / words;
        boolean near = difference <= thresholds.maxDifference()
                && substitutions <= words / thresholds.wordsPerSubstitution();
        return new Comparison(similarity, difference, substitutions, near);
    }

    private static void markFunctionWords(NearDuplicateText t, boolean[] matched) {
        for (int i = 0; i < t.size(); i++) {
            matched[i] = t.wordClass(i) == WordClass.FUNCTION;
        }
    }

    private static void matchEqual(NearDuplicateText a, boolean[] ma, NearDuplicateText b, boolean[] mb) {
        for (int i = 0; i < a.size(); i++) {
            if (ma[i]) {
                continue;
            }
            for (int j = 0; j < b.size(); j++) {
                if (!mb[j] && a.word(i).equals(b.word(j))) {
                    ma[i] = true;
                    mb[j] = true;
                    break;
                }
            }
        }
    }

    /** A left-over raw word of {@code a} that is two adjacent raw words of {@code b} written together. */
    private static void matchJoined(NearDuplicateText a, boolean[] ma, NearDuplicateText b, boolean[] mb) {
        String[] rb = b.raw();
        for (int i = 0; i < a.size(); i++) {
            if (ma[i]) {
                continue;
            }
            String r = a.raw()[a.rawIndex(i)];
            for (int j = 0; j + 1 < rb.length; j++) {
                if (r.length() == rb[j].length() + rb[j + 1].length() && r.startsWith(rb[j])
                        && r.endsWith(rb[j + 1])) {
                    markRaw(a, ma, a.rawIndex(i), a.rawIndex(i));
                    markRaw(b, mb, j, j + 1);
                    break;
                }
            }
        }
    }

    private static void markRaw(NearDuplicateText t, boolean[] matched, int fromRaw, int toRaw) {
        for (int k = 0; k < t.size(); k++) {
            if (t.rawIndex(k) >= fromRaw && t.rawIndex(k) <= toRaw) {
                matched[k] = true;
            }
        }
    }

    private static void matchTypos(NearDuplicateText a, boolean[] ma, NearDuplicateText b, boolean[] mb) {
        for (int i = 0; i < a.size(); i++) {
            if (ma[i] || NearDuplicateText.isDigits(a.word(i))) {
                continue;
            }
            int best = -1;
            int bestDistance = Integer.MAX_VALUE;
            for (int j = 0; j < b.size(); j++) {
                if (mb[j] || NearDuplicateText.isDigits(b.word(j))) {
                    continue;
                }
                int limit = typoLimit(Math.min(a.word(i).length(), b.word(j).length()));
                int d = limit == 0 ? Integer.MAX_VALUE
                        : derived(a.word(i), b.word(j)) ? limit : osa(a.word(i), b.word(j), limit);
                if (d <= limit && d < bestDistance) {
                    best = j;
                    bestDistance = d;
                }
            }
            if (best >= 0) {
                ma[i] = true;
                mb[best] = true;
            }
        }
    }

    /** Whether one word is the other plus a suffix of at most two letters ({@code shorten}/{@code shortener}). */
    private static boolean derived(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return shorter.length() >= 5 && longer.length() - shorter.length() <= 2 && longer.startsWith(shorter);
    }

    private static int typoLimit(int shorter) {
        return shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
    }

    private static int leftOver(NearDuplicateText t, boolean[] matched, boolean promote) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (!matched[i] && (t.wordClass(i) == WordClass.CONTENT
                    || promote && t.wordClass(i) != WordClass.FUNCTION)) {
                n++;
            }
        }
        return n;
    }

    private static int nonFunction(NearDuplicateText t) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            n += t.wordClass(i) == WordClass.FUNCTION ? 0 : 1;
        }
        return n;
    }

    /**
     * Optimal string alignment distance (Levenshtein with adjacent transpositions), or {@code limit + 1} as soon
     * as it is known to exceed {@code limit}.
     */
    static int osa(String s, String t, int limit) {
        int n = s.length();
        int m = t.length();
        if (Math.abs(n - m) > limit) {
            return limit + 1;
        }
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2) && s.charAt(i - 2) == t.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] tmp = prev2;
            prev2 = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[m];
    }
}
