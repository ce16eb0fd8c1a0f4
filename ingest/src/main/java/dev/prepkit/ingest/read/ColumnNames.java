package dev.prepkit.ingest.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Column names from a header row: blank names become {@code column N}, repeated ones {@code name (2)}. */
final class ColumnNames {

    private ColumnNames() {
    }

    /**
     * One unique, non-blank name per header cell, in order.
     *
     * @param header the header cells as read; never null, cells never null
     */
    static List<String> of(List<String> header) {
        List<String> out = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String base = name.isEmpty() ? extra(i) : name;
            String unique = base;
            for (int n = 2; !seen.add(unique); n++) {
                unique = base + " (" + n + ")";
            }
            out.add(unique);
        }
        return out;
    }

    /** The name of a column past the header's, by its 0-based index ({@code column 4}). */
    static String extra(int index) {
        return "column " + (index + 1);
    }
}
