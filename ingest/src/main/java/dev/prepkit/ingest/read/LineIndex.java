package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.util.Arrays;
import java.util.List;

/**
 * A document's text (its normalized lines joined with {@code \n}) and where each line starts, so that a character
 * offset a parser reports can be turned into the 1-based raw line it lies on.
 */
final class LineIndex {

    private final String text;
    private final int[] starts;

    private LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
    }

    /** The index of a document's lines joined with {@code \n}. */
    static LineIndex of(RawDocument doc) {
        return of(doc.lines());
    }

    /** The index of lines joined with {@code \n}. */
    static LineIndex of(List<String> lines) {
        return new LineIndex(String.join("\n", lines));
    }

    /**
     * The first character of a document's text that is not white space (as {@link String#strip} sees it), or -1
     * when there is none: what the stripped text starts with, found without joining the lines.
     */
    static int firstNonBlank(RawDocument doc) {
        for (String line : doc.lines()) {
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                if (!Character.isWhitespace(cp)) {
                    return cp;
                }
                i += Character.charCount(cp);
            }
        }
        return -1;
    }

    /** The indexed text. */
    String text() {
        return text;
    }

    /** The 1-based line a character offset lies on; offsets out of the text are clamped to it. */
    int line(long offset) {
        int at = (int) Math.max(0, Math.min(offset, text.length()));
        int i = Arrays.binarySearch(starts, at);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /**
     * The lines of the text between two offsets with surrounding white space left out: from the line of the first
     * non-blank character at or after {@code start} to the line of the last non-blank character before {@code end}.
     * When there is no such character, the line of {@code start}.
     *
     * @param start first offset, inclusive
     * @param end last offset, exclusive
     */
    LineRange range(long start, long end) {
        int from = (int) Math.max(0, Math.min(start, text.length()));
        int to = (int) Math.max(from, Math.min(end, text.length()));
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = to - 1;
        while (last >= first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (first >= to || last < first) {
            return LineRange.of(line(from));
        }
        return new LineRange(line(first), line(last));
    }
}
