package dev.prepkit.validate.rules;

import dev.prepkit.model.QuestionIds;

/**
 * The key under which two question texts count as the same question: Unicode NFKC, case folding, quote and
 * apostrophe styles, punctuation (a trailing {@code ?} or {@code .} included) and white space removed, and the
 * number words zero to twenty written as digits.
 */
public final class DuplicateText {

    private DuplicateText() {
    }

    /** The number words, by their digits' value: {@code NUMBER_WORDS[3]} is "three". */
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty"};

    /** The comparison key of a question text; never null. */
    public static String key(String text) {
        char[] normalized;
        int length;
        if (isAscii(text)) {
            normalized = new char[text.length()];
            length = normalizeAscii(text, normalized);
        } else {
            normalized = QuestionIds.normalize(text).toCharArray();
            length = normalized.length;
        }
        char[] out = new char[length];
        int n = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && normalized[end] != ' ') {
                end++;
            }
            if (n > 0) {
                out[n++] = ' ';
            }
            int number = number(normalized, start, end);
            if (number >= 0) {
                if (number >= 10) {
                    out[n++] = (char) ('0' + number / 10);
                }
                out[n++] = (char) ('0' + number % 10);
            } else {
                System.arraycopy(normalized, start, out, n, end - start);
                n += end - start;
            }
            start = end + 1;
        }
        return new String(out, 0, n);
    }

    /** The value of the number word {@code chars[start..end)}, or -1 when it is none. */
    private static int number(char[] chars, int start, int end) {
        int length = end - start;
        if (length < 3 || length > 9) {
            return -1;
        }
        for (int v = 0; v < NUMBER_WORDS.length; v++) {
            String w = NUMBER_WORDS[v];
            if (w.length() == length && w.charAt(0) == chars[start]) {
                int i = 1;
                while (i < length && w.charAt(i) == chars[start + i]) {
                    i++;
                }
                if (i == length) {
                    return v;
                }
            }
        }
        return -1;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link QuestionIds#normalize} for ASCII text, without regular expressions: NFKC is the identity on ASCII,
     * so this is lower case, {@code '} and {@code `} dropped, every other run of characters that are not letters
     * or digits one space, trimmed. Writes into {@code out} (at least as long as the text) and returns the length.
     */
    private static int normalizeAscii(String text, char[] out) {
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '`') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && n > 0) {
                    out[n++] = ' ';
                }
                gap = false;
                out[n++] = c;
            } else {
                gap = true;
            }
        }
        return n;
    }
}
