package dev.prepkit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives a question's stable id from its guide and its text.
 *
 * <p>The id is {@code q-} followed by the first 10 hex digits of the SHA-256 of
 * {@code guideId + "\n" + normalize(text)}. Changes of case, white space, punctuation and quote style keep the
 * id; any change of a word gives a new one.
 */
public final class QuestionIds {

    private static final java.util.regex.Pattern APOSTROPHES = java.util.regex.Pattern.compile("['\u2018\u2019\u02BC`]");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private QuestionIds() {
    }

    /**
     * The stable id of a question.
     *
     * @param guideId the guide's id, never null
     * @param text the question's text, never null
     * @return {@code q-} and 10 lower-case hex digits
     */
    public static String of(String guideId, String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest((guideId + "\n" + normalize(text)).getBytes(StandardCharsets.UTF_8));
            return "q-" + HexFormat.of().formatHex(digest, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The text with meaning-neutral differences removed: Unicode NFKC, lower case, apostrophes dropped,
     * every other run of punctuation, symbols and white space turned into one space, trimmed.
     *
     * @param text any text, never null
     * @return the normalized text, possibly empty
     */
    public static String normalize(String text) {
        if (ascii(text)) {
            return normalizeAscii(text);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ");
        return s.trim();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@link #normalize} of ASCII text, without the patterns: ASCII is in NFKC; its letters are A-Z and a-z, its
     * digits 0-9, its only apostrophes {@code '} and {@code `}.
     */
    private static String normalizeAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
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
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.append(c);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
