package dev.prepkit.ingest.parsers;

import dev.prepkit.model.Difficulty;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text out of one line of markdown-ish text: links, emphasis, code marks and leading emoji removed. */
final class InlineText {

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(\\S(?:[^*]*?\\S)?)\\*(?![\\w*])"
            + "|(?<![\\w_])_(\\S(?:[^_]*?\\S)?)_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[\\p{So}\\p{Sk}\\p{Cs}\\uFE0F\\u200D\\s]+");
    private static final Pattern OUTER_STRONG = Pattern.compile("^(\\*\\*|__)|(\\*\\*|__)$");
    private static final Pattern TRAILING_DIFFICULTY = Pattern.compile(
            "\\s*[(\\[]\\s*(easy|medium|hard)\\s*[)\\]]\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * Text and the difficulty a trailing {@code (Hard)} or {@code [easy]} gave it.
     *
     * @param text the text without the label; never null
     * @param difficulty the label's difficulty, or null when there was none
     */
    record Rated(String text, Difficulty difficulty) {
    }

    private InlineText() {
    }

    /** The line's text without markup and without leading emoji; never null. */
    static String plain(String line) {
        // Each pattern runs only on a line that has the characters it needs: most lines have no markup.
        String s = line.strip();
        if (s.indexOf('[') >= 0) {
            s = IMAGE.matcher(s).replaceAll("$1");
            s = LINK.matcher(s).replaceAll("$1");
        }
        if (s.contains("**") || s.contains("__")) {
            s = STRONG.matcher(s).replaceAll("$2");
            s = OUTER_STRONG.matcher(s).replaceAll("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            Matcher m = EMPHASIS.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) != null ? m.group(1) : m.group(2)));
            }
            m.appendTail(sb);
            s = sb.toString();
        }
        if (s.indexOf('`') >= 0) {
            s = CODE.matcher(s).replaceAll("$1");
        }
        return withoutLeadingSymbols(s);
    }

    /**
     * Plain text of a line whose leading emoji marker means something: {@code ✅} gives "Do: …", {@code ❌} gives
     * "Avoid: …" (see {@link Markers}); any other line as {@link #plain}.
     */
    static String withMarker(String line) {
        var marker = Markers.at(line);
        return marker.map(m -> m.meaning() + ": " + plain(Markers.strip(line))).orElseGet(() -> plain(line));
    }

    /** The text without leading emoji and symbols ({@code 📌}, {@code 🧠}). */
    static String withoutLeadingSymbols(String text) {
        if (!text.isEmpty() && Character.isLetterOrDigit(text.charAt(0))) {
            return text.strip();
        }
        return LEADING_SYMBOLS.matcher(text).replaceFirst("").strip();
    }

    /** Splits a trailing difficulty label off plain text ("Implement an LRU cache (Medium)"). */
    static Rated rated(String text) {
        Matcher m = TRAILING_DIFFICULTY.matcher(text);
        if (m.find() && m.start() > 0) {
            return new Rated(text.substring(0, m.start()).strip(), Difficulty.fromLabel(m.group(1)).orElse(null));
        }
        return new Rated(text.strip(), null);
    }

}
