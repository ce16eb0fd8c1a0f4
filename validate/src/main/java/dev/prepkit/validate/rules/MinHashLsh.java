package dev.prepkit.validate.rules;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * MinHash signatures and locality-sensitive hashing by bands: finds the pairs of sets that are likely to have a
 * high Jaccard similarity without comparing all pairs. Immutable and thread-safe.
 *
 * <ul>
 *   <li>MinHash: A. Z. Broder, "On the resemblance and containment of documents", 1997. The signature is computed
 *       with <em>one permutation hashing</em> (P. Li, A. Owen, C.-H. Zhang, NIPS 2012), once per row: in round
 *       {@code r} each element is hashed (seed {@code r}) into one of {@code b} bins, each bin keeps its minimum,
 *       and bin {@code j} of round {@code r} is row {@code r} of band {@code j}, so the rows of a band are
 *       independent. Empty bins are filled by <em>optimal densification</em> (A. Shrivastava, "Optimal
 *       densification for fast and accurate minwise hashing", ICML 2017): an empty bin borrows the value of the
 *       first non-empty bin on a fixed pseudo-random probe sequence. Cost: {@code r} hashes per element plus
 *       {@code O(k)}, instead of {@code k = b r} per element.
 *   <li>Banding: J. Leskovec, A. Rajaraman, J. D. Ullman, <em>Mining of Massive Datasets</em>, ch. 3.4. The
 *       signature is cut into {@code b} bands of {@code r} rows; two sets become a candidate pair when they agree
 *       on every row of at least one band, with probability {@code 1 - (1 - s^r)^b} for Jaccard similarity
 *       {@code s}.
 * </ul>
 * Candidates are found by sorting each band's hashes (a linear radix sort), so the cost is {@code O(b n)} plus the
 * number of pairs that share a bucket; each such pair is tested as it is found (see {@link #estimate}), and only
 * pairs that pass are stored. A bucket larger than {@code maxBucket} (a hash shared by very many sets, as happens
 * when one band hashes only very common shingles) does not give all its pairs: each member is paired with the
 * next {@code maxBucket} members only, which bounds the work at {@code O(n maxBucket)} per band.
 */
final class MinHashLsh {

    private static final long PROBE_SALT = 0x632BE59BD9B4E019L;
    private static final long ROUND_SALT = 0xD6E8FEB86659FD93L;
    private static final long BAND_SALT = 0x85EBCA77C2B2AE63L;
    private static final int EMPTY = Integer.MAX_VALUE;

    private final int bands;
    private final int rows;
    private final int maxBucket;
    private final int lowWords;
    private final int[] probes;

    /**
     * An index shape.
     *
     * @param bands number of bands {@code b}, 1 to 64
     * @param rows rows per band {@code r}, at least 1
     * @param maxBucket largest bucket whose pairs are all given, at least 2
     */
    MinHashLsh(int bands, int rows, int maxBucket) {
        if (bands < 1 || bands > 64 || rows < 1 || maxBucket < 2) {
            throw new IllegalArgumentException("bad LSH shape: " + bands + "x" + rows + ", bucket " + maxBucket);
        }
        this.bands = bands;
        this.rows = rows;
        this.maxBucket = maxBucket;
        this.lowWords = (bands * rows + 7) / 8;
        this.probes = new int[bands * bands];
        for (int i = 0; i < bands; i++) {
            for (int t = 0; t < bands; t++) {
                probes[i * bands + t] = (int) Long.remainderUnsigned(
                        NearDuplicateText.mix((((long) i << 32) | t) ^ PROBE_SALT), bands);
            }
        }
    }

    /** Number of bands. */
    int bands() {
        return bands;
    }

    /** Length {@code k = b r} of a signature. */
    int length() {
        return bands * rows;
    }

    /** Number of longs that hold one item's 8-bit signature values ({@link #bandHashes}): {@code ceil(k / 8)}. */
    int lowWords() {
        return lowWords;
    }

    /**
     * The band hashes of a set, and its b-bit signature.
     *
     * @param set the set's elements as 32-bit hashes (any order, repeats allowed); may be empty
     * @param out receives one hash per band, at {@code out[offset + band * stride]}
     * @param lowBits receives the lowest 8 bits of each of the {@code k} signature values (b-bit minwise hashing,
     *     P. Li and A. C. König, WWW 2010), for {@link #estimate}: value {@code v} in byte {@code v % 8} (lowest
     *     first) of {@code lowBits[item * lowWords() + v / 8]}; or null
     */
    void bandHashes(int[] set, int[] out, int offset, int stride, long[] lowBits, int item) {
        int k = bands * rows;
        int[] signature = new int[k];
        Arrays.fill(signature, EMPTY);
        long[] full = new long[rows];
        for (int e : set) {
            long mixed = NearDuplicateText.mix(e & 0xFFFFFFFFL);
            for (int r = 0; r < rows; r++) {
                // Round r's hash: the mixed element times an odd constant (multiplicative hashing, Knuth 6.4).
                long h = mixed * (ROUND_SALT + 2L * r);
                int bin = (int) (((h >>> 32) * bands) >>> 32);
                int at = r * bands + bin;
                signature[at] = Math.min(signature[at], (int) (h >>> 1) & 0x7FFFFFFF);
                full[r] |= 1L << bin;
            }
        }
        for (int r = 0; r < rows; r++) {
            densify(signature, r * bands, full[r]);
        }
        if (lowBits != null) {
            int words = lowWords();
            for (int w = 0; w < words; w++) {
                long packed = 0;
                for (int i = Math.min(k, w * 8 + 8) - 1; i >= w * 8; i--) {
                    packed = (packed << 8) | (signature[i] & 0xFF);
                }
                lowBits[item * words + w] = packed;
            }
        }
        for (int b = 0; b < bands; b++) {
            long h = BAND_SALT + b;
            for (int r = 0; r < rows; r++) {
                h = (h + signature[r * bands + b]) * 0x9E3779B97F4A7C15L;
            }
            out[offset + b * stride] = (int) (NearDuplicateText.mix(h) >>> 32);
        }
    }

    /**
     * Optimal densification of one round's bins {@code from .. from + bands - 1}: an empty bin takes the value of
     * the first bin on its fixed pseudo-random probe sequence that was not empty. {@code full} has bit {@code i}
     * set when bin {@code i} is not empty. Nothing changes when all bins are empty or none is.
     */
    private void densify(int[] signature, int from, long full) {
        if (full == 0 || Long.bitCount(full) == bands) {
            return;
        }
        long empty = ~full & (bands == 64 ? -1L : (1L << bands) - 1);
        while (empty != 0) {
            int i = Long.numberOfTrailingZeros(empty);
            empty &= empty - 1;
            for (int t = 0; ; t++) {
                int j = t < bands ? probes[i * bands + t] : (i + t) % bands;
                if ((full >>> j & 1) != 0) {
                    signature[from + i] = signature[from + j];
                    break;
                }
            }
        }
    }

    /**
     * The Jaccard similarity of two sets estimated from their 8-bit signatures: the fraction {@code f} of equal
     * values, corrected for chance agreement, {@code (f - 1/256) / (1 - 1/256)}.
     */
    double estimate(long[] lowBits, int a, int b) {
        int k = bands * rows;
        int words = lowWords;
        int x = a * words;
        int y = b * words;
        int equal = 0;
        for (int w = 0; w < words; w++) {
            equal += zeroBytes(lowBits[x + w] ^ lowBits[y + w]);
        }
        // Bytes past k in the last word are 0 in both, so they count as equal; take them off.
        equal -= words * 8 - k;
        return (equal / (double) k - 1 / 256.0) / (1 - 1 / 256.0);
    }

    /** The number of zero bytes of a long (Hacker's Delight, 2nd ed., section 6-1). */
    private static int zeroBytes(long v) {
        long t = (v & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL;
        t = ~(t | v | 0x7F7F7F7F7F7F7F7FL);
        return Long.bitCount(t);
    }

    /**
     * The candidate pairs that pass a test. Bands are processed in parallel; a pair is tested as it is found, so
     * pairs that fail are never stored.
     *
     * @param bandHashes the band hashes of every item, item by item: item {@code i}'s hash of band {@code b} is at
     *     {@code i * bands + b} (as written by {@link #bandHashes} with offset {@code i * bands} and stride 1)
     * @param n number of items
     * @param keep the test, given {@code i < j}; thread-safe
     * @return distinct pairs {@code (i << 32) | j} with {@code i < j} that pass the test, sorted
     */
    long[] candidates(int[] bandHashes, int n, PairTest keep) {
        List<long[]> perBand = IntStream.range(0, bands).parallel()
                .mapToObj(b -> bandCandidates(bandHashes, n, b, keep)).toList();
        LongList pairs = new LongList();
        perBand.forEach(pairs::addAll);
        pairs.sortDistinct();
        return pairs.toArray();
    }

    /** A test of a pair of items. */
    @FunctionalInterface
    interface PairTest {
        /** Whether the pair {@code i < j} is kept. */
        boolean test(int i, int j);
    }

    private long[] bandCandidates(int[] bandHashes, int n, int b, PairTest keep) {
        int[] hash = new int[n];
        int[] item = new int[n];
        for (int i = 0; i < n; i++) {
            hash[i] = bandHashes[i * bands + b];
            item[i] = i;
        }
        radixSort(hash, item);
        LongList pairs = new LongList();
        int start = 0;
        while (start < n) {
            int end = start + 1;
            while (end < n && hash[end] == hash[start]) {
                end++;
            }
            for (int x = start; x < end; x++) {
                int limit = Math.min(end, x + 1 + maxBucket);
                for (int y = x + 1; y < limit; y++) {
                    if (keep.test(item[x], item[y])) {
                        pairs.add(((long) item[x] << 32) | item[y]);
                    }
                }
            }
            start = end;
        }
        pairs.sortDistinct();
        return pairs.toArray();
    }

    /**
     * Sorts {@code hash} as unsigned ints and permutes {@code item} alike: a stable least-significant-digit radix
     * sort in three passes of 11 bits, so equal hashes keep their items in ascending order.
     */
    private static void radixSort(int[] hash, int[] item) {
        int n = hash.length;
        int[] h2 = new int[n];
        int[] i2 = new int[n];
        int[] count = new int[1 << 11];
        for (int shift = 0; shift < 33; shift += 11) {
            Arrays.fill(count, 0);
            for (int v : hash) {
                count[(v >>> shift) & 0x7FF]++;
            }
            for (int d = 0, sum = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int at = count[(hash[i] >>> shift) & 0x7FF]++;
                h2[at] = hash[i];
                i2[at] = item[i];
            }
            System.arraycopy(h2, 0, hash, 0, n);
            System.arraycopy(i2, 0, item, 0, n);
        }
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] items = new long[1024];
        private int size;

        void add(long v) {
            if (size == items.length) {
                items = Arrays.copyOf(items, items.length * 2);
            }
            items[size++] = v;
        }

        void addAll(long[] values) {
            if (size + values.length > items.length) {
                items = Arrays.copyOf(items, Math.max(items.length * 2, size + values.length));
            }
            System.arraycopy(values, 0, items, size, values.length);
            size += values.length;
        }

        void sortDistinct() {
            if (size > 50_000) {
                Arrays.parallelSort(items, 0, size);
            } else {
                Arrays.sort(items, 0, size);
            }
            int d = 0;
            for (int i = 0; i < size; i++) {
                if (d == 0 || items[i] != items[d - 1]) {
                    items[d++] = items[i];
                }
            }
            size = d;
        }

        long[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
