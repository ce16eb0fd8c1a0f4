package dev.prepkit.export.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The sheet form of a tag list: tags separated by a comma and a space. */
final class TagList {

    /** The taxonomy's tag pattern (content/taxonomy.yaml schema). */
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+#&' -]*[A-Za-z0-9+#.]|[A-Za-z0-9]");

    private TagList() {
    }

    /** The tags as one cell's text, {@code "Kafka, System Design"}; empty for no tags. */
    static String format(List<String> tags) {
        return String.join(", ", tags);
    }

    /**
     * Reads a cell's tag list: comma-separated (a semicolon or line break also separates), each tag trimmed and
     * its inner white space collapsed; empty entries from a trailing separator are dropped.
     *
     * @param text the cell text, never null
     * @param known tags accepted even when they do not fit the taxonomy's tag pattern (the question's current
     *     tags, which may still be written as the page wrote them); never null
     * @return the tags, or empty when the text is not a tag list: an empty entry between two tags, a duplicate
     *     (ignoring case), or a new tag that does not fit the pattern
     */
    static Optional<List<String>> parse(String text, List<String> known) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("[,;\\n]", -1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.length; i++) {
            String tag = parts[i].strip().replaceAll("\\s+", " ");
            if (tag.isEmpty()) {
                boolean edge = i == 0 || i == parts.length - 1;
                if (edge) {
                    continue;
                }
                return Optional.empty();
            }
            if (!seen.add(tag.toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            if (!known.contains(tag) && !TAG.matcher(tag).matches()) {
                return Optional.empty();
            }
            out.add(tag);
        }
        return Optional.of(List.copyOf(out));
    }
}
