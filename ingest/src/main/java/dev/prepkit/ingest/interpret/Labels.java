package dev.prepkit.ingest.interpret;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels that only mark an item as a question ({@code Q.}, {@code Q3:}, {@code Question:}, {@code Problem 2:},
 * {@code Coding problem:}, a leading {@code 1)} or {@code **3)**}), and difficulty labels written in the text
 * ({@code [E]}, {@code (Medium)}, {@code Difficulty: Hard}, {@code ★★☆}).
 */
final class Labels {

    /** A question label at the start of a text. */
    static final Pattern QUESTION_LABEL = Pattern.compile("(?i)^\\s*(?:(?:q|ques|question|questions|problem|task"
            + "|exercise|puzzle|challenge|prompt|interview question|coding (?:problem|question|challenge|task)"
            + "|dsa (?:problem|question)|(?:sql|design|system design|hld|lld|behaviou?ral|technical) (?:problem|question))"
            + "\\s*#?\\s*\\d{0,3}\\s*[.:)\u2013\u2014-]|q\\d{1,3}\\s*[.:)]?)\\s*");
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:\\(?\\d{1,3}[.)]|#\\d{1,3}[.:]?)\\s+");
    private static final Pattern BRACKET_DIFFICULTY = Pattern.compile("^\\s*\\[(E|M|H|Easy|Medium|Hard)\\]\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_DIFFICULTY = Pattern.compile(
            "\\s*[(\\[](easy|medium|hard|medium-hard|simple|beginner|intermediate|advanced|\\d/\\d|e|m|h)[)\\]]\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LABELLED_DIFFICULTY = Pattern.compile(
            "(?i)[\\s,;|(\\[\u2013\u2014-]*\\bdifficulty\\s*[:=]\\s*([^\\s)\\]]+(?:\\s*/\\s*\\d)?)[)\\]]?\\s*$");
    private static final Pattern STARS = Pattern.compile("\\s*[(\\[]?([\u2605\u2606]{2,5})[)\\]]?\\s*$");
    /** A line that only gives a difficulty: {@code Difficulty: Medium}, {@code **Difficulty:** Hard}. */
    static final Pattern DIFFICULTY_LINE = Pattern.compile("(?i)^[*_]*difficulty[*_]*\\s*[:=]\\s*[*_]*([^*_]{1,30}?)[*_]*\\s*$");

    private Labels() {
    }

    /**
     * A text read for its labels.
     *
     * @param text the text without labels
     * @param labelled whether a question label was removed
     * @param numbered whether a leading number was removed
     * @param difficulty a difficulty label found in the text, as written, or null
     */
    record Read(String text, boolean labelled, boolean numbered, String difficulty) {
    }

    /** Reads a block's text: removes a question label, a leading number and a difficulty label. */
    static Read read(String text) {
        String s = text.strip();
        String difficulty = null;
        boolean numbered = false;
        Matcher n = NUMBER.matcher(s);
        if (n.lookingAt()) {
            s = s.substring(n.end());
            numbered = true;
        }
        Matcher d = BRACKET_DIFFICULTY.matcher(s);
        if (d.lookingAt()) {
            difficulty = d.group(1);
            s = s.substring(d.end());
        }
        boolean labelled = false;
        Matcher l = QUESTION_LABEL.matcher(s);
        if (l.lookingAt() && l.end() < s.length()) {
            s = s.substring(l.end());
            labelled = true;
        }
        for (Pattern p : new Pattern[] {TRAILING_DIFFICULTY, LABELLED_DIFFICULTY, STARS}) {
            Matcher t = p.matcher(s);
            if (t.find() && t.start() > 0) {
                difficulty = difficulty == null ? t.group(1) : difficulty;
                s = s.substring(0, t.start());
            }
        }
        return new Read(unwrap(s.strip()), labelled, numbered, difficulty);
    }

    /** The text without wrapping emphasis ({@code ***…***}, {@code _…_}) left by a reader. */
    static String unwrap(String s) {
        String out = s;
        while (out.length() > 2 && (out.startsWith("*") && out.endsWith("*") || out.startsWith("_") && out.endsWith("_"))) {
            out = out.substring(1, out.length() - 1).strip();
        }
        return out;
    }
}
