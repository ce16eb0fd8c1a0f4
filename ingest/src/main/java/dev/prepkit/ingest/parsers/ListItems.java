package dev.prepkit.ingest.parsers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads list items in plain text and markdown: {@code 1. }, {@code 1) }, {@code (1) }, {@code Q1. }, and the
 * bullets {@code - * + • ◦ ▪ ‣ ·}, each followed by a space.
 */
final class ListItems {

    private static final Pattern ITEM = Pattern.compile(
            "^(\\s*)(\\d{1,3}[.)]|\\(\\d{1,3}\\)|Q\\d{1,3}[.:)]|[-*+\u2022\u25E6\u25AA\u2023\u00B7])\\s+(\\S.*)$");

    /**
     * One list item.
     *
     * @param indent the number of spaces before the marker (a tab counts four)
     * @param ordered whether the marker is a number
     * @param text the item's text after the marker, stripped; never blank
     */
    record Item(int indent, boolean ordered, String text) {
    }

    private ListItems() {
    }

    /** The list item the line holds, or empty. */
    static Optional<Item> parse(String line) {
        Matcher m = ITEM.matcher(line.replace("\t", "    "));
        if (!m.matches()) {
            return Optional.empty();
        }
        String marker = m.group(2);
        return Optional.of(new Item(m.group(1).length(), Character.isDigit(marker.charAt(0)) || marker.startsWith("(")
                || marker.startsWith("Q"), m.group(3).strip()));
    }

    /** Whether the line is a list item. */
    static boolean isItem(String line) {
        return parse(line).isPresent();
    }
}
