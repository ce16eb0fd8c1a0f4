package dev.prepkit.validate.rules;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * Finds the near-duplicate pairs among distinct question texts: MinHash/LSH candidates ({@link MinHashLsh}) over
 * the texts' shingles ({@link NearDuplicateText}), each verified with the exact comparison of
 * {@link NearDuplicateScorer}. Never compares all pairs. Immutable and thread-safe; one call uses all cores.
 *
 * <p>Candidates whose similarity, estimated from 8-bit signatures, is more than {@value #ESTIMATE_MARGIN} below
 * the least similarity are dropped before the exact comparison, which makes false candidates cheap.
 *
 * <p>Memory: the texts' shingles are computed for their band hashes and 8-bit signature (kept: {@code 4 b + k}
 * bytes per text, 320 with the defaults), again for the texts of the remaining candidate pairs (kept, sorted, for
 * the exact similarity), and the texts of the pairs similar enough are analysed word by word; no analysis of
 * every text is held at once. Words are analysed once per run ({@link NearDuplicateWords}).
 */
final class NearDuplicateFinder {

    /**
     * LSH shape of the defaults: 40 bands of 4 rows. A pair of similarity 0.4 is a candidate with p = 0.65, 0.5
     * with p = 0.92, 0.6 with p = 0.995; two unrelated questions (similarity about 0.1) with p = 0.004.
     */
    static final int BANDS = 40;
    /** Rows per band of the defaults. */
    static final int ROWS = 4;
    /** How far below the least similarity a candidate's estimated similarity may be and still be verified. */
    static final double ESTIMATE_MARGIN = 0.15;
    /** Largest bucket whose pairs are all compared. */
    static final int MAX_BUCKET = 64;

    /**
     * A verified near-duplicate pair.
     *
     * @param a index of one text
     * @param b index of the other, greater than {@code a}
     * @param similarity their shingle similarity
     */
    record Edge(int a, int b, double similarity) {
    }

    private final NearDuplicateScorer scorer;
    private final MinHashLsh lsh;

    /** A finder with the default thresholds and LSH shape. */
    NearDuplicateFinder() {
        this(new NearDuplicateScorer(NearDuplicateScorer.Thresholds.DEFAULT));
    }

    /** A finder with the default LSH shape; {@code scorer} is not null. */
    NearDuplicateFinder(NearDuplicateScorer scorer) {
        this(scorer, new MinHashLsh(BANDS, ROWS, MAX_BUCKET));
    }

    /** A finder; neither argument is null. */
    NearDuplicateFinder(NearDuplicateScorer scorer, MinHashLsh lsh) {
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.lsh = Objects.requireNonNull(lsh, "lsh");
    }

    /** The scorer it verifies with. */
    NearDuplicateScorer scorer() {
        return scorer;
    }

    /**
     * The near-duplicate pairs.
     *
     * @param keys distinct texts, each already reduced by {@link DuplicateText#key}; none null
     * @return the verified pairs, sorted by {@code a} then {@code b}
     */
    List<Edge> find(List<String> keys) {
        return find(keys, new NearDuplicateWords());
    }

    /**
     * The near-duplicate pairs, with a word cache the caller may reuse.
     *
     * @param keys distinct texts, each already reduced by {@link DuplicateText#key}; none null; at most
     *     {@code Integer.MAX_VALUE / k} (13 million with the defaults)
     * @param words the word cache; not null
     * @return the verified pairs, sorted by {@code a} then {@code b}
     * @throws IllegalArgumentException when there are more keys than one index holds
     */
    List<Edge> find(List<String> keys, NearDuplicateWords words) {
        int n = keys.size();
        if ((long) lsh.bands() * n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many distinct questions for one index: " + n);
        }
        int[] bandHashes = new int[lsh.bands() * n];
        long[] lowBits = new long[lsh.lowWords() * n];
        IntStream.range(0, n).parallel().forEach(i -> sign(keys.get(i), words, bandHashes, lowBits, i));
        return find(keys, words, bandHashes, lowBits);
    }

    /** Number of band hashes of one text's signature ({@link #sign}). */
    int bands() {
        return lsh.bands();
    }

    /** Number of longs of one text's 8-bit signature values ({@link #sign}). */
    int signatureWords() {
        return lsh.lowWords();
    }

    /**
     * Writes the signature of one text: its {@link #bands()} band hashes at {@code bandHashes[item * bands()]}
     * onwards, and its 8-bit MinHash values, packed eight to a long, at {@code lowBits[item * signatureWords()]}
     * onwards. Thread-safe for different items.
     *
     * @param key a text already reduced by {@link DuplicateText#key}; not null
     * @param words the word cache; not null
     */
    void sign(String key, NearDuplicateWords words, int[] bandHashes, long[] lowBits, int item) {
        lsh.bandHashes(NearDuplicateText.shingles(key, words), bandHashes, item * lsh.bands(), 1, lowBits, item);
    }

    /**
     * The near-duplicate pairs, from signatures already written by {@link #sign}.
     *
     * @param keys distinct texts, each already reduced by {@link DuplicateText#key}; none null
     * @param words the word cache; not null
     * @param bandHashes the signatures' band hashes, text {@code i}'s at {@code i * bands()}; at least
     *     {@code keys.size() * bands()} long
     * @param lowBits the signatures' 8-bit values, text {@code i}'s at {@code i * signatureWords()}
     * @return the verified pairs, sorted by {@code a} then {@code b}
     */
    List<Edge> find(List<String> keys, NearDuplicateWords words, int[] bandHashes, long[] lowBits) {
        int n = keys.size();
        double least = scorer.thresholds().minSimilarity() - ESTIMATE_MARGIN;
        long[] candidates = lsh.candidates(bandHashes, n, (i, j) -> lsh.estimate(lowBits, i, j) >= least);
        // Verification, in two steps: exact shingle similarity from the cached shingles of the texts involved, then
        // the word-level comparison only for the pairs similar enough.
        int[][] shingles = new int[n][];
        boolean[] involved = new boolean[n];
        for (long c : candidates) {
            involved[(int) (c >>> 32)] = true;
            involved[(int) c] = true;
        }
        IntStream.range(0, n).parallel().filter(i -> involved[i])
                .forEach(i -> shingles[i] = NearDuplicateText.sortedDistinct(
                        NearDuplicateText.shingles(keys.get(i), words)));
        double minSimilarity = scorer.thresholds().minSimilarity();
        long[] similar = LongStream.of(candidates).parallel().filter(c -> NearDuplicateText.jaccard(
                shingles[(int) (c >>> 32)], shingles[(int) c]) >= minSimilarity).toArray();
        NearDuplicateText[] analysed = new NearDuplicateText[n];
        boolean[] compared = new boolean[n];
        for (long c : similar) {
            compared[(int) (c >>> 32)] = true;
            compared[(int) c] = true;
        }
        IntStream.range(0, n).parallel().filter(i -> compared[i])
                .forEach(i -> analysed[i] = NearDuplicateText.ofKey(keys.get(i), words));
        return IntStream.range(0, similar.length).parallel().mapToObj(k -> {
            int a = (int) (similar[k] >>> 32);
            int b = (int) similar[k];
            NearDuplicateScorer.Comparison c = scorer.compare(analysed[a], analysed[b]);
            return c.near() ? new Edge(a, b, c.similarity()) : null;
        }).filter(Objects::nonNull).toList();
    }
}
