package dev.prepkit.validate.fix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Edits of a YAML text within its lines, so that everything around an edited value (indentation, quotes style,
 * comments, line ends) stays as it was: the span of a scalar on its line, a value written in the style of the one
 * it replaces, and a set of edits applied together. Lines are the text split at {@code \n}; a {@code \r} before it
 * stays part of the line and is never inside a span.
 */
final class LineEdits {

    private LineEdits() {
    }

    /**
     * One edit: characters {@code start..end} (0-based, end exclusive) of a 1-based line replaced by {@code text};
     * or, when {@code start} is -1, the whole line deleted.
     */
    record Edit(int line, int start, int end, String text) {
        static Edit deleteLine(int line) {
            return new Edit(line, -1, -1, null);
        }

        boolean deletesLine() {
            return start < 0;
        }
    }

    /**
     * Where a scalar that starts at a line and column ends on that line.
     *
     * @param line the line's text
     * @param column the scalar's 1-based column (its first character, a quote for quoted scalars)
     * @return {start, end} (0-based, end exclusive), or null when the scalar does not end on this line or is a
     *     block scalar
     */
    static int[] scalarSpan(String line, int column) {
        int s = column - 1;
        if (s < 0 || s >= line.length()) {
            return null;
        }
        char c = line.charAt(s);
        if (c == '"') {
            for (int i = s + 1; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    return new int[] {s, i + 1};
                }
            }
            return null;
        }
        if (c == '\'') {
            for (int i = s + 1; i < line.length(); i++) {
                if (line.charAt(i) == '\'') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return new int[] {s, i + 1};
                    }
                }
            }
            return null;
        }
        if (c == '|' || c == '>') {
            return null;
        }
        boolean flow = inFlow(line, s);
        int e = s;
        while (e < line.length()) {
            char ch = line.charAt(e);
            if (ch == '\r' || flow && (ch == ',' || ch == ']' || ch == '}')
                    || ch == '#' && e > s && Character.isWhitespace(line.charAt(e - 1))) {
                break;
            }
            e++;
        }
        while (e > s && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\t')) {
            e--;
        }
        return new int[] {s, e};
    }

    /** Whether the character at {@code s} is an item of a flow collection: a {@code [}, {@code {} or {@code ,} before it. */
    static boolean inFlow(String line, int s) {
        int p = s - 1;
        while (p >= 0 && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p--;
        }
        return p >= 0 && (line.charAt(p) == '[' || line.charAt(p) == ',' || line.charAt(p) == '{');
    }

    /**
     * A value written in the style of the scalar it replaces: double or single quoted as that one was, else
     * plain when plain is safe, else double quoted.
     *
     * @param original the replaced scalar as written (with its quotes)
     * @param value the new value
     */
    static String like(String original, String value) {
        if (original.startsWith("\"")) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (original.startsWith("'")) {
            return "'" + value.replace("'", "''") + "'";
        }
        return GuideFixer.scalar(value);
    }

    /**
     * Applies edits together.
     *
     * @param lines the text's lines; not changed
     * @param edits edits of those lines, in any order
     * @return the edited text joined with {@code \n}, or null when two edits of a line overlap
     */
    static String apply(List<String> lines, List<Edit> edits) {
        Map<Integer, List<Edit>> byLine = new TreeMap<>(Comparator.reverseOrder());
        for (Edit e : edits) {
            byLine.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(e);
        }
        List<String> out = new ArrayList<>(lines);
        for (Map.Entry<Integer, List<Edit>> entry : byLine.entrySet()) {
            int index = entry.getKey() - 1;
            List<Edit> es = entry.getValue();
            if (es.stream().anyMatch(Edit::deletesLine)) {
                out.remove(index);
                continue;
            }
            es.sort(Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end).reversed());
            StringBuilder sb = new StringBuilder(out.get(index));
            int limit = Integer.MAX_VALUE;
            for (Edit e : es) {
                if (e.end() > limit || e.end() > sb.length()) {
                    return null;
                }
                sb.replace(e.start(), e.end(), e.text());
                limit = e.start();
            }
            out.set(index, sb.toString());
        }
        return String.join("\n", out);
    }
}
