package dev.prepkit.ingest.interpret;

import java.util.ArrayList;
import java.util.List;

/**
 * Literal words at least one of which every match of a pattern holds, to rule most texts out with one scan before
 * the pattern's search: a search of a long alternation tries every alternative at every position, the scan looks
 * each character up once. Words are matched ignoring ASCII case, as {@code (?i)} patterns match; a text that holds
 * none of them cannot match the pattern, so guarding a pattern with its needles never changes its answer.
 * Immutable.
 */
final class Needles {

    /** The words, by their first character when it is ASCII; words with another first character under 0. */
    private final String[][] byFirst = new String[128][];
    private final List<String> heads;

    private Needles(List<String> anywhere, List<String> heads) {
        this.heads = List.copyOf(heads);
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            groups.add(new ArrayList<>());
        }
        for (String w : anywhere) {
            char first = w.charAt(0);
            groups.get(first < 128 ? first : 0).add(w);
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = groups.get(c).isEmpty() ? null : groups.get(c).toArray(String[]::new);
        }
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
        List<String> anywhere = new ArrayList<>();
        for (String[] group : byFirst) {
            if (group != null) {
                anywhere.addAll(List.of(group));
            }
        }
        List<String> h = new ArrayList<>(heads);
        h.addAll(List.of(words));
        return new Needles(anywhere, h);
    }

    /** Whether the text holds one of the words anywhere, or starts with one of the heads, ignoring ASCII case. */
    boolean in(String text) {
        for (String h : heads) {
            if (at(text, 0, h)) {
                return true;
            }
        }
        String[] other = byFirst[0];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            String[] words = lower < 128 ? byFirst[lower] : other;
            if (words != null) {
                for (String w : words) {
                    if (at(text, i, w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether the word stands in the text at {@code i}: each character equal, or its ASCII upper case. */
    private static boolean at(String text, int i, String word) {
        if (i + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = text.charAt(i + k);
            char w = word.charAt(k);
            if (c != w && !(w >= 'a' && w <= 'z' && c == w - ('a' - 'A'))) {
                return false;
            }
        }
        return true;
    }
}
