package dev.prepkit.ingest.interpret;

import dev.prepkit.model.LineRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an interview round in a line of any shape real pages use: {@code Round 2 (60 min)},
 * {@code ☎️ Round 1 – Phone Screening}, {@code Phone screen — 45 minutes}, {@code **Hiring Manager** (45 min): …},
 * {@code First Interview / Whiteboard:}, {@code ROUND 0 - Written Exam}, {@code Technical interview 1 (…)}.
 */
final class RoundNames {

    private static final Pattern ROUND_N = Pattern.compile("(?i)^\\W*(round|stage|step|phase)\\s*#?\\s*\\d{1,2}\\b.*");
    private static final Pattern ROUND_WORDS = Pattern.compile("(?i).*\\b(round|phone screen(ing)?|screening call|"
            + "recruiter (call|screen|chat)|on-?site|onsite|technical (interview|round|screen|phone)|coding (interview|round)"
            + "|system design (interview|round)|design (interview|round|discussion)|behaviou?ral (interview|round)"
            + "|hr (interview|round)|hiring manager( (round|interview|call|chat))?|take-?home|written (exam|test)"
            + "|(first|second|third|final|1st|2nd|3rd) interview|interview \\d|panel interview|cto chat|demo"
            + "|(peer|pair) (coding|programming)|whiteboard|leadership interview|culture (fit|interview)"
            + "|bar raiser|debrief|aptitude test|online (assessment|test)|oa\\b).*");
    private static final Pattern ROUND_SUFFIX = Pattern.compile("(?i)\\b(interr?views?|round|screen(ing)?)$");
    private static final Pattern MINUTES = Pattern.compile("(?i)(\\d{1,3})(?:\\s*[-\u2013]\\s*(\\d{1,3}))?\\s*"
            + "(min|mins|minutes|minute)\\b");
    private static final Pattern HOURS = Pattern.compile("(?i)(\\d{1,2})(?:\\s*[-\u2013]\\s*(\\d{1,2}))?[\\s-]*"
            + "(hour|hours|hr|hrs)\\b");

    /** Words one of which every {@link #ROUND_WORDS} match holds. */
    private static final Needles ROUND_WORDS_NEEDLES = Needles.anywhere("round", "phone screen", "screening call",
            "recruiter ", "onsite", "on-site", "technical ", "coding ", "design ", "behavio", "hr ", "hiring manager",
            "take-home", "takehome", "written ", "interview", "cto chat", "demo", "peer ", "pair ", "whiteboard",
            "culture ", "bar raiser", "debrief", "aptitude test", "online ", "oa");
    private static final Needles ROUND_SUFFIX_NEEDLES = Needles.anywhere("view", "round", "screen");
    private static final Needles DURATION_NEEDLES = Needles.anywhere("min", "hour", "hr");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    private static final Pattern TRAILING_COLON = Pattern.compile("[:\\s]+$");

    private RoundNames() {
    }

    /** Whether a short line names a round by number ({@code Round 3 – Coding 2}). */
    static boolean numbered(String text) {
        return text.length() <= 120 && ROUND_N.matcher(text).matches();
    }

    /** Whether a short line names a kind of interview round ({@code Phone screen}, {@code Onsite}). */
    static boolean named(String text) {
        return text.length() <= 160 && ROUND_WORDS_NEEDLES.in(text) && ROUND_WORDS.matcher(text).matches()
                || ROUND_SUFFIX_NEEDLES.in(text) && SPACES.split(text).length <= 5
                && ROUND_SUFFIX.matcher(text.strip()).find();
    }

    /** The duration a text gives, in minutes, or null. */
    static LineRange minutes(String text) {
        if (!DURATION_NEEDLES.in(text)) {
            return null;
        }
        Matcher m = MINUTES.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            return a == 0 ? null : m.group(2) == null ? LineRange.of(a) : LineRange.of(a, Math.max(1, Integer.parseInt(m.group(2))));
        }
        Matcher h = HOURS.matcher(text);
        if (h.find()) {
            int a = Integer.parseInt(h.group(1)) * 60;
            return a == 0 ? null : h.group(2) == null ? LineRange.of(a) : LineRange.of(a, Integer.parseInt(h.group(2)) * 60);
        }
        return null;
    }

    private static final Pattern TRAILING_PARENS = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern ORDINAL = Pattern.compile("(?i)(?:^|[.!?]\\s+)(?:so,?\\s+)?(?:for |in |during )?(?:the )?"
            + "(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\\s+((?:[\\w-]+\\s+){0,2}?(?:interview|round))"
            + "(?:\\s+round)?\\b");

    /**
     * The short name of a round written as a list item or table cell: the words before a colon, else the first
     * sentence, without a trailing parenthesis ({@code Programming (sometimes 2 of these).} → {@code Programming});
     * the rest is the round's description.
     */
    static String shortName(String text) {
        String s = text.strip();
        int colon = s.indexOf(':');
        if (colon >= 3 && colon <= 80) {
            s = s.substring(0, colon);
        } else {
            int stop = s.indexOf(". ");
            if (stop > 0) {
                s = s.substring(0, stop);
            }
        }
        s = s.replaceAll("[.;,]+$", "");
        String bare = TRAILING_PARENS.matcher(s).replaceFirst("");
        return clean(bare.isBlank() ? s : bare);
    }

    /**
     * A round a sentence names by its order ("The first technical interview round would be on …" → {@code Technical
     * interview 1}), or null.
     */
    static String ordinal(String text) {
        java.util.regex.Matcher m = ORDINAL.matcher(text);
        if (!m.find()) {
            return null;
        }
        String kind = m.group(2).strip();
        String n = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "first", "1st" -> "1";
            case "second", "2nd" -> "2";
            case "third", "3rd" -> "3";
            case "fourth", "4th" -> "4";
            default -> "5";
        };
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " " + n;
    }

    private static final Pattern NAMED_IN_PROSE = Pattern.compile("(?i)\\b(?:was|is|were|are|had|has|have|called)\\s+"
            + "(?:a |an |the )?((?:(?!this\\b|that\\b|each\\b|every\\b|next\\b|one\\b|another\\b)[a-z][\\w-]*\\s+){1,3}"
            + "(?:interview\\s+)?round)\\b");

    /**
     * A round a sentence names in passing ("… the in-office interview was peer coding interview round."), or null.
     */
    static String inProse(String text) {
        java.util.regex.Matcher m = NAMED_IN_PROSE.matcher(text);
        return m.find() ? clean(m.group(1)) : null;
    }

    /** A round's name from its line: leading decoration and a trailing colon removed, at most 120 characters. */
    static String clean(String text) {
        String s = TRAILING_COLON.matcher(LEADING_MARKS.matcher(text).replaceAll("")).replaceAll("").strip();
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
