package dev.prepkit.validate.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean" suggestions out of a controlled vocabulary (tags, categories): the names close to an unknown one
 * by edit distance, or sharing a word of four letters or more with it, closest first. Thread-safe; the suggestions
 * for a key are worked out once (a corpus repeats its misspellings), for up to {@value #REMEMBERED} keys.
 */
public final class Suggestions {

    /** How many suggestions a finding names at most. */
    static final int MAX = 3;

    /** Most distinct keys whose suggestions are remembered; past that they are worked out each time. */
    static final int REMEMBERED = 100_000;

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final Map<String, String> candidates;
    private final ConcurrentHashMap<String, List<String>> remembered = new ConcurrentHashMap<>();

    /**
     * Suggestions out of a vocabulary.
     *
     * @param candidates each candidate's normalized key (lower case, single spaces) mapped to the canonical name to
     *     suggest; not null; copied
     */
    public Suggestions(Map<String, String> candidates) {
        this.candidates = Map.copyOf(candidates);
    }

    /**
     * The candidates close to a key.
     *
     * @param key the unknown name, normalized as the candidates' keys are; not null
     * @return up to {@link #MAX} distinct canonical names, closest first (ties by name); never null
     */
    public List<String> closest(String key) {
        List<String> known = remembered.get(key);
        if (known != null) {
            return known;
        }
        List<String> found = closest(key, candidates);
        if (remembered.size() < REMEMBERED) {
            remembered.putIfAbsent(key, found);
        }
        return found;
    }

    /**
     * Suggestions as a hint's ending: {@code  (did you mean 'a', 'b' or 'c'?)}, or empty when there are none.
     *
     * @param names the suggested names; not null
     */
    public static String didYouMean(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        List<String> q = names.stream().map(n -> "'" + n + "'").toList();
        String listed = q.size() == 1 ? q.get(0)
                : String.join(", ", q.subList(0, q.size() - 1)) + " or " + q.get(q.size() - 1);
        return " (did you mean " + listed + "?)";
    }

    private static List<String> closest(String key, Map<String, String> candidates) {
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, String> e : candidates.entrySet()) {
            int d = DISTANCE.apply(key, e.getKey());
            int limit = Math.max(2, Math.min(key.length(), e.getKey().length()) / 3);
            boolean sharesWord = false;
            for (String w : key.split(" ")) {
                if (w.length() >= 4 && (" " + e.getKey() + " ").contains(" " + w + " ")) {
                    sharesWord = true;
                }
            }
            if (d <= limit || sharesWord) {
                scored.add(new Scored(e.getValue(), d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .map(Scored::name).distinct().limit(MAX).toList();
    }
}
