package dev.prepkit.export.xlsx;

import dev.prepkit.model.Difficulty;
import org.apache.poi.ss.SpreadsheetVersion;

/** Limits and measures of cell text. */
final class CellText {

    /** The most characters a cell holds (32,767). */
    static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /** The difficulty labels by ordinal: {@code Difficulty.label()} makes a new string on every call. */
    private static final String[] LEVELS = java.util.Arrays.stream(Difficulty.values()).map(Difficulty::label)
            .toArray(String[]::new);

    private CellText() {
    }

    /** The difficulty's label ({@code easy}, ...), or the empty string for null. */
    static String label(Difficulty difficulty) {
        return difficulty == null ? "" : LEVELS[difficulty.ordinal()];
    }

    /** Whether the text does not fit in one cell; null fits. */
    static boolean tooLong(String text) {
        return text != null && text.length() > MAX_LENGTH;
    }

    /** The text, or the empty string for null. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The length in code points of the longest line of the text; 0 for null. */
    static int longestLine(String text) {
        if (text == null) {
            return 0;
        }
        int max = 0;
        int from = 0;
        int n = text.length();
        while (true) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? n : end;
            max = Math.max(max, text.codePointCount(from, to));
            if (end < 0) {
                return max;
            }
            from = end + 1;
        }
    }

    /** How many lines the text takes when wrapped at {@code width} characters; at least 1. */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int w = Math.max(1, width);
        int lines = 0;
        int from = 0;
        int n = text.length();
        while (true) {
            int end = text.indexOf('\n', from);
            int to = end < 0 ? n : end;
            int length = text.codePointCount(from, to);
            lines += Math.max(1, (length + width - 1) / w);
            if (end < 0) {
                return lines;
            }
            from = end + 1;
        }
    }
}
