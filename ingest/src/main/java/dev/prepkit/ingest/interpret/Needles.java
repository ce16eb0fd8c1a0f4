package dev.prepkit.ingest.interpret;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal words at least one of which every match of a pattern holds, to rule most texts out with a scan before the
 * pattern's search: a search of a long alternation tries every alternative at every position, a scan compares one
 * character. Words are matched ignoring case, as {@code (?i)} patterns match; a text that holds none of them cannot
 * match the pattern, so guarding a pattern with its needles never changes its answer. Immutable.
 */
final class Needles {

    private final List<String> anywhere;
    private final List<String> heads;

    private Needles(List<String> anywhere, List<String> heads) {
        this.anywhere = List.copyOf(anywhere);
        this.heads = List.copyOf(heads);
    }

    /**
     * Needles that may stand anywhere in a text.
     *
     * @param words lower-case words
     */
    static Needles anywhere(String... words) {
        return new Needles(List.of(words), List.of());
    }

    /**
     * These needles and words a text may start with (for alternatives anchored with {@code ^}).
     *
     * @param words lower-case words
     */
    Needles orStartingWith(String... words) {
        List<String> h = new ArrayList<>(heads);
        h.addAll(List.of(words));
        return new Needles(anywhere, h);
    }

    /** Whether the text holds one of the words anywhere, or starts with one of the heads, ignoring case. */
    boolean in(String text) {
        for (String h : heads) {
            if (text.regionMatches(true, 0, h, 0, h.length())) {
                return true;
            }
        }
        for (String w : anywhere) {
            if (contains(text, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String text, String word) {
        char lower = word.charAt(0);
        char upper = Character.toUpperCase(lower);
        int last = text.length() - word.length();
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == lower || c == upper) && text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
