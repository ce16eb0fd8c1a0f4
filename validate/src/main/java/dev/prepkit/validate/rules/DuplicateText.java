package dev.prepkit.validate.rules;

import dev.prepkit.model.QuestionIds;
import java.text.Normalizer;
import java.util.Locale;

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
        // ASCII text, the usual case, in one pass and in place; anything else through NFKC.
        char[] chars = text.toCharArray();
        int n = 0;
        int word = 0;
        boolean gap = false;
        for (char c : chars) {
            if (c >= 0x80) {
                return unicodeKey(text);
            }
            if (c == '\'' || c == '`') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && n > 0) {
                    n = endWord(chars, word, n);
                    chars[n++] = ' ';
                    word = n;
                }
                gap = false;
                chars[n++] = c;
            } else {
                gap = true;
            }
        }
        return new String(chars, 0, endWord(chars, word, n));
    }

    /** The key of text that is not all ASCII: NFKC and lower case first, then as for ASCII. */
    private static String unicodeKey(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] chars = new char[folded.length()];
        int length = normalizeFolded(folded, chars);
        return new String(chars, 0, numbersAsDigits(chars, length));
    }

    /**
     * Ends the word {@code chars[start..end)}: a number word is rewritten as its digits in place. Returns the
     * word's new end.
     */
    private static int endWord(char[] chars, int start, int end) {
        int number = number(chars, start, end);
        if (number < 0) {
            return end;
        }
        int n = start;
        if (number >= 10) {
            chars[n++] = (char) ('0' + number / 10);
        }
        chars[n++] = (char) ('0' + number % 10);
        return n;
    }

    /**
     * Rewrites the number words among the space-separated words of {@code chars[0..length)} as digits, in place
     * (digits are never longer than the word), and returns the new length.
     */
    private static int numbersAsDigits(char[] chars, int length) {
        int n = 0;
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && chars[end] != ' ') {
                end++;
            }
            if (n > 0) {
                chars[n++] = ' ';
            }
            System.arraycopy(chars, start, chars, n, end - start);
            n = endWord(chars, n, n + end - start);
            start = end + 1;
        }
        return n;
    }

    /** The number words' letters, by value. */
    private static final char[][] NUMBER_CHARS = java.util.Arrays.stream(NUMBER_WORDS).map(String::toCharArray)
            .toArray(char[][]::new);

    /** The value of the number word {@code chars[start..end)}, or -1 when it is none. */
    private static int number(char[] chars, int start, int end) {
        int length = end - start;
        if (length < 3 || length > 9) {
            return -1;
        }
        char first = chars[start];
        if (first != 'z' && first != 'o' && first != 't' && first != 'f' && first != 's' && first != 'e'
                && first != 'n') {
            return -1;
        }
        for (int v = 0; v < NUMBER_CHARS.length; v++) {
            char[] w = NUMBER_CHARS[v];
            if (w.length == length && w[0] == first) {
                int i = 1;
                while (i < length && w[i] == chars[start + i]) {
                    i++;
                }
                if (i == length) {
                    return v;
                }
            }
        }
        return -1;
    }

    /**
     * {@link QuestionIds#normalize} after its NFKC and lower-casing steps, without regular expressions: the
     * apostrophes it drops are dropped, every other run of code points that are not letters ({@code \\p{L}}) or
     * numbers ({@code \\p{N}}) becomes one space, trimmed. Writes into {@code out} (at least as long as the text)
     * and returns the length.
     */
    private static int normalizeFolded(String text, char[] out) {
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\'' || cp == '`' || cp == '\u2018' || cp == '\u2019' || cp == '\u02BC') {
                i += width;
                continue;
            }
            if (isLetterOrNumber(cp)) {
                if (gap && n > 0) {
                    out[n++] = ' ';
                }
                gap = false;
                out[n++] = text.charAt(i);
                if (width == 2) {
                    out[n++] = text.charAt(i + 1);
                }
            } else {
                gap = true;
            }
            i += width;
        }
        return n;
    }

    /** Whether a code point is in Unicode category L or N, as {@code \\p{L}} and {@code \\p{N}} match. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }
}
