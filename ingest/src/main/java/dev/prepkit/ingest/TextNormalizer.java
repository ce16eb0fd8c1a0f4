package dev.prepkit.ingest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Normalizes raw text without changing its meaning: a UTF-8 byte-order mark is removed, CRLF and CR line ends
 * become line breaks, non-breaking and other Unicode spaces become plain spaces, zero-width characters are
 * removed, trailing white space is trimmed, and the text is put in Unicode NFC. Curly quotes and dashes are
 * kept as written.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /**
     * Splits decoded text into normalized lines. A final line break does not add an empty line.
     *
     * @param text decoded file content, never null
     * @return the lines; line 1 at index 0
     */
    public static List<String> lines(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= s.length()) {
            int end = s.indexOf('\n', start);
            if (end < 0) {
                if (start < s.length()) {
                    out.add(normalizeLine(s.substring(start)));
                }
                break;
            }
            out.add(normalizeLine(s.substring(start, end)));
            start = end + 1;
        }
        return out;
    }

    private static final java.util.regex.Pattern ZERO_WIDTH =
            java.util.regex.Pattern.compile("[\u200B\u200C\u200D\u2060\uFEFF]");
    private static final java.util.regex.Pattern ODD_SPACES =
            java.util.regex.Pattern.compile("[\u00A0\u2007\u202F\u2000-\u200A\u3000]");

    /** One line: spaces unified, zero-width characters removed, trailing space trimmed, NFC. */
    public static String normalizeLine(String line) {
        if (ascii(line)) {
            // No zero-width or odd space is ASCII, and ASCII text is in NFC.
            return line.stripTrailing();
        }
        String s = ZERO_WIDTH.matcher(line).replaceAll("");
        s = ODD_SPACES.matcher(s).replaceAll(" ");
        s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return s.stripTrailing();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
