package dev.prepkit.validate.rules;

import dev.prepkit.validate.rules.NearDuplicateLexicon.WordClass;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysis of single words for {@link NearDuplicateText}, cached: a corpus of a million questions has only
 * tens of thousands of distinct words, so each is expanded, stemmed, mapped to its synonym and classed once. One
 * instance per run (it is never static); thread-safe. The cache stops growing at {@value #MAX_CACHED} words.
 */
final class NearDuplicateWords {

    /** Most words kept; past that, words are analysed each time they are seen. */
    static final int MAX_CACHED = 500_000;

    /**
     * One raw word (a word of a {@link DuplicateText#key}, runs of single letters joined).
     *
     * @param canonical its canonical words: usually one, several for an expansion ({@code whats}: what, is)
     * @param classes the class of each canonical word ({@link WordClass#ordinal})
     * @param hashes the 64-bit FNV-1a hash of each canonical word
     * @param compact its form in the character shingles' text (stemmed, synonym unless shorter than four letters)
     * @param compactClass the class deciding whether it is in that text ({@link WordClass#ordinal}): content
     *     words are; when a text has none, every word but function words; else all
     * @param digits whether it is all digits
     * @param multiplier for a multiplier written after a number ({@code m}, {@code k}, {@code x}), what it means
     *     ({@code 1000000}); else null
     * @param split for a number with a multiplier ({@code 200m}), the number and the multiplier's meaning; else
     *     null
     * @param innerGrams the shingles of the character 4-grams that lie wholly inside {@code compact}, in order
     *     ({@link NearDuplicateText#innerGrams}); empty when it is shorter than four characters
     * @param tail its last four characters packed as {@link NearDuplicateText} packs 4-grams; 0 when shorter
     */
    record Word(String[] canonical, byte[] classes, long[] hashes, String compact, byte compactClass, boolean digits,
            String multiplier, String[] split, int[] innerGrams, long tail) {
    }

    private final ConcurrentHashMap<String, Word> cache = new ConcurrentHashMap<>();

    /** The analysis of a raw word; never null. */
    Word of(String raw) {
        Word w = cache.get(raw);
        if (w == null) {
            w = analyse(raw);
            if (cache.size() < MAX_CACHED) {
                cache.putIfAbsent(raw, w);
            }
        }
        return w;
    }

    private static Word analyse(String raw) {
        String expanded = NearDuplicateLexicon.expansion(raw);
        String[] parts = expanded == null ? new String[] {raw} : expanded.split(" ");
        String[] canonical = new String[parts.length];
        byte[] classes = new byte[parts.length];
        long[] hashes = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            WordClass plain = NearDuplicateLexicon.classOf(w);
            String c = NearDuplicateLexicon.hasSynonym(w) ? NearDuplicateLexicon.synonym(w)
                    : NearDuplicateLexicon.synonym(NearDuplicateText.stem(w));
            canonical[i] = c;
            classes[i] = (byte) (plain != WordClass.CONTENT ? plain : NearDuplicateLexicon.classOf(c)).ordinal();
            hashes[i] = NearDuplicateText.fnv(c);
        }
        String stem = NearDuplicateText.stem(raw);
        String compact = stem.length() < 4 ? stem : NearDuplicateLexicon.synonym(stem);
        int digits = 0;
        while (digits < raw.length() && raw.charAt(digits) >= '0' && raw.charAt(digits) <= '9') {
            digits++;
        }
        String suffix = digits > 0 && digits < raw.length()
                ? NearDuplicateLexicon.multiplier(raw.substring(digits)) : null;
        return new Word(canonical, classes, hashes, compact, (byte) rawClass(raw).ordinal(),
                digits > 0 && digits == raw.length(), NearDuplicateLexicon.multiplier(raw),
                suffix == null ? null : new String[] {raw.substring(0, digits), suffix},
                NearDuplicateText.innerGrams(compact), NearDuplicateText.tail(compact));
    }

    /**
     * The class of a raw word for the character shingles: as written, else stemmed, else as its synonym group's
     * word; a contraction counts as content, since it may be a word written apart ({@code whats app}).
     */
    private static WordClass rawClass(String r) {
        if (NearDuplicateLexicon.expansion(r) != null) {
            return WordClass.CONTENT;
        }
        WordClass c = NearDuplicateLexicon.classOf(r);
        if (c == WordClass.CONTENT) {
            String stem = NearDuplicateText.stem(r);
            c = NearDuplicateLexicon.classOf(stem);
            if (c == WordClass.CONTENT) {
                c = NearDuplicateLexicon.classOf(NearDuplicateLexicon.synonym(stem));
            }
        }
        return c;
    }
}
