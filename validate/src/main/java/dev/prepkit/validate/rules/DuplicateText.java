package dev.prepkit.validate.rules;

import dev.prepkit.model.QuestionIds;
import java.util.Map;

/**
 * The key under which two question texts count as the same question: Unicode NFKC, case folding, quote and
 * apostrophe styles, punctuation (a trailing {@code ?} or {@code .} included) and white space removed, and the
 * number words zero to twenty written as digits.
 */
public final class DuplicateText {

    private static final Map<String, String> NUMBERS = Map.ofEntries(
            Map.entry("zero", "0"), Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"),
            Map.entry("twelve", "12"), Map.entry("thirteen", "13"), Map.entry("fourteen", "14"),
            Map.entry("fifteen", "15"), Map.entry("sixteen", "16"), Map.entry("seventeen", "17"),
            Map.entry("eighteen", "18"), Map.entry("nineteen", "19"), Map.entry("twenty", "20"));

    private DuplicateText() {
    }

    /** The comparison key of a question text; never null. */
    public static String key(String text) {
        String[] words = QuestionIds.normalize(text).split(" ");
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(sb.length() > 0 ? " " : "").append(NUMBERS.getOrDefault(w, w));
        }
        return sb.toString();
    }
}
