package dev.prepkit.export.xlsx;

import org.apache.poi.ss.SpreadsheetVersion;

/** Limits and measures of cell text. */
final class CellText {

    /** The most characters a cell holds (32,767). */
    static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CellText() {
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
        for (String line : text.split("\n", -1)) {
            max = Math.max(max, line.codePointCount(0, line.length()));
        }
        return max;
    }

    /** How many lines the text takes when wrapped at {@code width} characters; at least 1. */
    static int wrappedLines(String text, int width) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            lines += Math.max(1, (length + width - 1) / Math.max(1, width));
        }
        return lines;
    }
}
