package dev.prepkit.bench.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the truth rounds among the extracted rounds. A truth round is found when an extracted round's name,
 * normalized as question texts are ({@link QuestionMatcher#key}), contains the truth name's normalized form or is
 * contained in it, or when both names start with the same "Round N"; each extracted round is used for one truth
 * round at most (a maximum matching, so the order of the names does not change the count).
 */
public final class RoundMatcher {

    private static final Pattern LEADING_ROUND = Pattern.compile("^\\W*round\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

    private RoundMatcher() {
    }

    /** How many of the truth rounds the extracted rounds find. */
    public static int found(List<String> truth, List<String> extracted) {
        boolean[][] fits = new boolean[truth.size()][extracted.size()];
        for (int t = 0; t < truth.size(); t++) {
            for (int e = 0; e < extracted.size(); e++) {
                fits[t][e] = matches(truth.get(t), extracted.get(e));
            }
        }
        int[] truthOf = new int[extracted.size()];
        Arrays.fill(truthOf, -1);
        int found = 0;
        for (int t = 0; t < truth.size(); t++) {
            if (augment(t, fits, truthOf, new boolean[extracted.size()])) {
                found++;
            }
        }
        return found;
    }

    /** Whether one extracted round name stands for one truth round name. */
    public static boolean matches(String truth, String extracted) {
        String t = QuestionMatcher.key(truth);
        String e = QuestionMatcher.key(extracted);
        if (!t.isEmpty() && !e.isEmpty() && (t.contains(e) || e.contains(t))) {
            return true;
        }
        String n = leadingRound(truth);
        return n != null && n.equals(leadingRound(extracted));
    }

    /** The N of a name that starts with "Round N" (any case, leading punctuation or emoji ignored), else null. */
    static String leadingRound(String name) {
        Matcher m = LEADING_ROUND.matcher(name);
        return m.find() ? String.valueOf(Integer.parseInt(m.group(1))) : null;
    }

    private static boolean augment(int t, boolean[][] fits, int[] truthOf, boolean[] seen) {
        for (int e = 0; e < truthOf.length; e++) {
            if (fits[t][e] && !seen[e]) {
                seen[e] = true;
                if (truthOf[e] < 0 || augment(truthOf[e], fits, truthOf, seen)) {
                    truthOf[e] = t;
                    return true;
                }
            }
        }
        return false;
    }
}
