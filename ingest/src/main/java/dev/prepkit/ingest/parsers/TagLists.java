package dev.prepkit.ingest.parsers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits the tags a page lists in one cell or attribute. */
final class TagLists {

    private static final Pattern SEPARATOR = Pattern.compile("[,;|]");
    private static final Pattern HASHES = Pattern.compile("^#+");
    private static final Pattern QUOTES = Pattern.compile("^[\"'`\\[]+|[\"'`\\]]+$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'|`([^`]*)`");

    private TagLists() {
    }

    /**
     * The tags of a cell ({@code "system design, rate limiting; redis"}, {@code "css | specificity"}), split on
     * {@code , ; |}, without leading {@code #}, blanks and repeats; never null.
     */
    static List<String> split(String cell) {
        if (cell == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String t : SEPARATOR.split(cell)) {
            String tag = QUOTES.matcher(HASHES.matcher(t.strip()).replaceFirst("")).replaceAll("").strip();
            if (!tag.isEmpty()) {
                out.add(tag);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The tags of a JSX attribute value: an array of strings ({@code ["a", "b"]}) or one string split as a cell;
     * never null.
     */
    static List<String> ofAttribute(String value) {
        if (value == null) {
            return List.of();
        }
        String v = value.strip();
        if (v.startsWith("[")) {
            List<String> out = new ArrayList<>();
            Matcher m = QUOTED.matcher(v);
            while (m.find()) {
                String t = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                if (!t.isBlank() && !out.contains(t.strip())) {
                    out.add(t.strip());
                }
            }
            return List.copyOf(out);
        }
        return split(v);
    }
}
