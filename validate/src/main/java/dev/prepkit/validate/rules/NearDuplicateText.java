package dev.prepkit.validate.rules;

import dev.prepkit.validate.rules.NearDuplicateLexicon.WordClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A question text analysed for near-duplicate detection. Immutable and thread-safe.
 *
 * <p>The text goes through {@link DuplicateText#key} (Unicode NFKC, case folding, punctuation removed, number words
 * as digits), then: runs of single letters are joined ({@code l r u} becomes {@code lru}), contractions and
 * abbreviations expanded ({@code whats}, {@code eg}, {@code w/o}), multipliers after numbers written as digits
 * ({@code 200M}), each word reduced by a light suffix stemmer (plural {@code -s}, {@code -ed}, {@code -ing}) and
 * mapped to its synonym group's word, then classed by {@link NearDuplicateLexicon}. Words are analysed through a
 * {@link NearDuplicateWords} cache, one per run.
 *
 * <p>Its shingles, for the similarity score and MinHash, are taken over the words that carry the question
 * (content words; when it has none, every word but function words; else every word): each canonical word and
 * each pair of adjacent canonical words (so synonyms agree), and each character 4-gram of the raw words (stemmed,
 * and mapped to synonyms unless shorter than four letters) written together without spaces (so spellings agree:
 * {@code real time} and {@code realtime}, {@code whats app} and {@code whatsapp}).
 * Shingling: Broder, "On the resemblance and containment of documents", 1997.
 */
final class NearDuplicateText {

    private static final long SALT_CHAR = 0x9E3779B97F4A7C15L;
    private static final long SALT_WORD = 0xC2B2AE3D27D4EB4FL;
    private static final long SALT_PAIR = 0x165667B19E3779F9L;
    private static final byte CONTENT = (byte) WordClass.CONTENT.ordinal();
    private static final byte FUNCTION = (byte) WordClass.FUNCTION.ordinal();

    private final String key;
    private final String[] raw;
    private final String[] words;
    private final byte[] classes;
    private final int[] rawIndex;
    private final int content;
    private final int[] shingles;

    private NearDuplicateText(String key, Tokens t) {
        this.key = key;
        this.raw = t.raw;
        this.words = Arrays.copyOf(t.words, t.count);
        this.classes = Arrays.copyOf(t.classes, t.count);
        this.rawIndex = Arrays.copyOf(t.rawIndex, t.count);
        int c = 0;
        for (byte b : classes) {
            c += b == CONTENT ? 1 : 0;
        }
        this.content = c;
        this.shingles = sortedDistinct(t.shingles());
    }

    /** Analyses a question text; {@code text} is never null. */
    static NearDuplicateText of(String text) {
        return ofKey(DuplicateText.key(text), new NearDuplicateWords());
    }

    /** Analyses a text already reduced by {@link DuplicateText#key}; never null. */
    static NearDuplicateText ofKey(String key) {
        return ofKey(key, new NearDuplicateWords());
    }

    /** Analyses a text already reduced by {@link DuplicateText#key}, with a word cache; neither is null. */
    static NearDuplicateText ofKey(String key, NearDuplicateWords cache) {
        return new NearDuplicateText(key, new Tokens(key, cache));
    }

    /**
     * The shingles of a text already reduced by {@link DuplicateText#key}, unsorted and possibly repeated: what
     * MinHash needs, without building the whole analysis.
     */
    static int[] shingles(String key, NearDuplicateWords cache) {
        return new Tokens(key, cache).shingles();
    }

    /** The canonical words of a key, as built by {@link #ofKey} and {@link #shingles(String, NearDuplicateWords)}. */
    private static final class Tokens {
        final String[] raw;
        final NearDuplicateWords.Word[] rawWords;
        String[] words;
        byte[] classes;
        long[] hashes;
        int[] rawIndex;
        int count;

        Tokens(String key, NearDuplicateWords cache) {
            raw = joinSingleLetters(key.isEmpty() ? new String[0] : key.split(" "));
            rawWords = new NearDuplicateWords.Word[raw.length];
            int capacity = raw.length + 4;
            words = new String[capacity];
            classes = new byte[capacity];
            hashes = new long[capacity];
            rawIndex = new int[capacity];
            for (int i = 0; i < raw.length; i++) {
                NearDuplicateWords.Word w = cache.of(raw[i]);
                rawWords[i] = w;
                if (w.multiplier() != null && i > 0 && rawWords[i - 1].digits()) {
                    add(cache.of(w.multiplier()), i);
                } else if (w.split() != null) {
                    add(cache.of(w.split()[0]), i);
                    add(cache.of(w.split()[1]), i);
                } else {
                    add(w, i);
                }
            }
        }

        private void add(NearDuplicateWords.Word w, int from) {
            for (int k = 0; k < w.canonical().length; k++) {
                if (count == words.length) {
                    int grown = count * 2 + 4;
                    words = Arrays.copyOf(words, grown);
                    classes = Arrays.copyOf(classes, grown);
                    hashes = Arrays.copyOf(hashes, grown);
                    rawIndex = Arrays.copyOf(rawIndex, grown);
                }
                words[count] = w.canonical()[k];
                classes[count] = w.classes()[k];
                hashes[count] = w.hashes()[k];
                rawIndex[count] = from;
                count++;
            }
        }

        /**
         * The shingles: a character 4-gram of the compact text (the raw content words' compact forms written
         * together; else non-function words; else all), each canonical content word (else non-function, else
         * all) and each pair of adjacent ones; unsorted.
         */
        int[] shingles() {
            int level = 0;
            while (level < 2 && !anyRaw(level)) {
                level++;
            }
            int chars = 0;
            for (int i = 0; i < raw.length; i++) {
                if (inRaw(i, level)) {
                    chars += rawWords[i].compact().length();
                }
            }
            int wordLevel = 0;
            while (wordLevel < 2 && !anyWord(wordLevel)) {
                wordLevel++;
            }
            int grams = Math.max(chars - 3, chars > 0 ? 1 : 0);
            int[] out = new int[grams + 2 * count];
            int n = 0;
            long packed = 0;
            int seen = 0;
            for (int i = 0; i < raw.length; i++) {
                if (!inRaw(i, level)) {
                    continue;
                }
                // The 4-grams that reach back into the words before are made here; those wholly inside the word
                // come from the word cache, as does the state after the word.
                NearDuplicateWords.Word w = rawWords[i];
                String c = w.compact();
                int head = Math.min(c.length(), 3);
                for (int k = 0; k < head; k++) {
                    packed = (packed << 16) | c.charAt(k);
                    if (++seen >= 4) {
                        out[n++] = gram(packed);
                    }
                }
                if (c.length() > 3) {
                    int[] inner = w.innerGrams();
                    System.arraycopy(inner, 0, out, n, inner.length);
                    n += inner.length;
                    seen += inner.length;
                    packed = w.tail();
                }
            }
            if (seen > 0 && seen < 4) {
                out[n++] = gram(packed);
            }
            long previous = 0;
            boolean first = true;
            for (int i = 0; i < count; i++) {
                if (!inWords(i, wordLevel)) {
                    continue;
                }
                out[n++] = (int) (mix(hashes[i] ^ SALT_WORD) >>> 32);
                if (!first) {
                    out[n++] = (int) (mix(previous * 31 + hashes[i] ^ SALT_PAIR) >>> 32);
                }
                previous = hashes[i];
                first = false;
            }
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        private boolean anyRaw(int level) {
            for (int i = 0; i < raw.length; i++) {
                if (inRaw(i, level)) {
                    return true;
                }
            }
            return false;
        }

        private boolean inRaw(int i, int level) {
            byte c = rawWords[i].compactClass();
            return level == 2 || c == CONTENT || level == 1 && c != FUNCTION;
        }

        private boolean anyWord(int level) {
            for (int i = 0; i < count; i++) {
                if (inWords(i, level)) {
                    return true;
                }
            }
            return false;
        }

        private boolean inWords(int i, int level) {
            return level == 2 || classes[i] == CONTENT || level == 1 && classes[i] != FUNCTION;
        }
    }

    /** The shingle of a character 4-gram packed 16 bits per character, oldest first. */
    private static int gram(long packed) {
        return (int) (mix(packed ^ SALT_CHAR) >>> 32);
    }

    /** The shingles of the character 4-grams wholly inside a word's compact form, in order; never null. */
    static int[] innerGrams(String compact) {
        int grams = compact.length() - 3;
        if (grams <= 0) {
            return new int[0];
        }
        int[] out = new int[grams];
        long packed = 0;
        for (int k = 0; k < compact.length(); k++) {
            packed = (packed << 16) | compact.charAt(k);
            if (k >= 3) {
                out[k - 3] = gram(packed);
            }
        }
        return out;
    }

    /** The last four characters of a word's compact form, packed as 4-grams are; 0 when it is shorter. */
    static long tail(String compact) {
        int length = compact.length();
        if (length < 4) {
            return 0;
        }
        long packed = 0;
        for (int k = length - 4; k < length; k++) {
            packed = (packed << 16) | compact.charAt(k);
        }
        return packed;
    }

    /** The values sorted, repeats removed; a new array. */
    static int[] sortedDistinct(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return distinct == sorted.length ? sorted : Arrays.copyOf(sorted, distinct);
    }

    /** The {@link DuplicateText#key} it was made from. */
    String key() {
        return key;
    }

    /** Number of canonical words. */
    int size() {
        return words.length;
    }

    /** The canonical word at an index. */
    String word(int i) {
        return words[i];
    }

    /** The class of the word at an index. */
    WordClass wordClass(int i) {
        return WordClass.values()[classes[i]];
    }

    /** The index of the raw word (after single letters are joined) that the canonical word came from. */
    int rawIndex(int i) {
        return rawIndex[i];
    }

    /** The raw words: the key's words with runs of single letters joined. */
    String[] raw() {
        return raw;
    }

    /** How many content words it has. */
    int content() {
        return content;
    }

    /** Its shingles as sorted, distinct 32-bit hashes; never empty for a non-empty text. Do not modify. */
    int[] shingles() {
        return shingles;
    }

    /** Jaccard similarity |A∩B| / |A∪B| of two sorted, distinct hash arrays; 1 when both are empty. */
    static double jaccard(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (a.length + b.length - common);
    }

    /** A light stemmer: plural and possessive -s, -ies, -es, then -ing, -ed; {@code w} is not null. */
    static String stem(String w) {
        String s = w;
        int n = s.length();
        if (n >= 5 && s.endsWith("ies")) {
            s = s.substring(0, n - 3) + "y";
        } else if (n >= 5 && (s.endsWith("sses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, n - 2);
        } else if (n >= 4 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")
                && !isDigits(s.substring(0, n - 1))) {
            s = s.substring(0, n - 1);
        }
        n = s.length();
        if (n >= 6 && s.endsWith("ing")) {
            s = s.substring(0, n - 3);
        } else if (n >= 6 && s.endsWith("ed")) {
            s = s.substring(0, n - 2);
        }
        return s;
    }

    private static String[] joinSingleLetters(String[] tokens) {
        List<String> out = new ArrayList<>(tokens.length);
        int i = 0;
        while (i < tokens.length) {
            int j = i;
            while (j < tokens.length && isSingleLetter(tokens[j])) {
                j++;
            }
            if (j - i >= 2) {
                StringBuilder sb = new StringBuilder(j - i);
                for (int k = i; k < j; k++) {
                    sb.append(tokens[k]);
                }
                out.add(sb.toString());
                i = j;
            } else {
                out.add(tokens[i]);
                i++;
            }
        }
        return out.toArray(String[]::new);
    }

    private static boolean isSingleLetter(String t) {
        return t.length() == 1 && Character.isLetter(t.charAt(0));
    }

    static boolean isDigits(String t) {
        if (t.isEmpty()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** FNV-1a, 64 bits, over a string's UTF-16 units. */
    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** MurmurHash3's 64-bit finalizer (Appleby): a bijective bit mixer. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
