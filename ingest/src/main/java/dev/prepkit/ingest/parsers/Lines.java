package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line-level tests the parsers share. */
final class Lines {

    private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6} \\S.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!:;,]$");

    private Lines() {
    }

    /** Numbers of the non-blank lines. */
    static List<Integer> nonBlank(RawDocument doc) {
        List<Integer> out = new ArrayList<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (!doc.line(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }

    /** The first non-blank line at or after {@code from}, or {@code from} when there is none. */
    static int nextNonBlank(RawDocument doc, int from) {
        for (int i = from; i <= doc.lineCount(); i++) {
            if (!doc.line(i).isBlank()) {
                return i;
            }
        }
        return from;
    }

    /** How many lines are exactly {@code text} once stripped. */
    static int count(RawDocument doc, String text) {
        int c = 0;
        for (String l : doc.lines()) {
            if (l.strip().equals(text)) {
                c++;
            }
        }
        return c;
    }

    /** Whether the document has front matter or several ATX headings. */
    static boolean looksLikeMarkdown(RawDocument doc) {
        if (doc.lineCount() > 0 && doc.line(1).strip().equals("---")) {
            return true;
        }
        int headings = 0;
        for (String l : doc.lines()) {
            if (l.startsWith("#") && ATX_HEADING.matcher(l).matches()) {
                headings++;
            }
        }
        return headings >= 2;
    }

    /** A short line that names something: at most ten words, no closing sentence punctuation. */
    static boolean isTitle(String text) {
        String s = text.strip();
        return !s.isEmpty() && s.length() <= 80 && SPACES.split(s).length <= 10 && !SENTENCE_END.matcher(s).matches();
    }
}
