package dev.prepkit.ingest.parsers;

import dev.prepkit.model.SectionKind;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings of markdown-ish text: ATX headings ({@code ## Behavioral}) and plain-text labels
 * ({@code Behavioral Questions:}), what their wording says they head (questions, a round, a section) and the
 * category or round name they give.
 */
final class Headings {

    private static final Pattern ATX = Pattern.compile("^(#{1,6})\\s+(.+?)(?:\\s+#+)?\\s*$");
    private static final Pattern ROUND = Pattern.compile("(?i)\\b(round\\s*#?\\d+|phone[- ]?screen(ing)?"
            + "|recruiter (screen|call)|screening (call|round)|technical (phone )?screen|on-?site|virtual on-?site"
            + "|final round|take[- ]home|hiring manager (round|interview|call)|bar raiser|panel interview|super ?day)\\b");
    private static final Pattern QUESTION_WORDS = Pattern.compile("(?i)\\b(questions?|problems?|prompts?|exercises?"
            + "|challenges?|q ?& ?a)\\b");
    private static final Pattern FAQ = Pattern.compile("(?i)\\b(faq|faqs|frequently asked|hiring process|about the"
            + " (process|interview|loop)|logistics)\\b");
    private static final Pattern GENERIC_WORDS = Pattern.compile("(?i)\\b(top\\s+\\d+|\\d+|common|sample|typical"
            + "|example|practice|real|most asked|frequently asked|interview|interviews|questions?|problems?"
            + "|prompts?|and answers|with answers|q ?& ?a|to expect|you('ll| will) (get|face))\\b");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d{1,2}[.)]|part\\s+\\d+\\s*[:.\u2014-]|section\\s+\\d+"
            + "\\s*[:.\u2014-])\\s*", Pattern.CASE_INSENSITIVE);

    /**
     * An ATX heading.
     *
     * @param level 1 to 6
     * @param text the heading's text, without the hashes; never blank
     */
    record Atx(int level, String text) {
    }

    /** What a heading heads. */
    enum Type {
        /** Interview questions: its wording says so ("Coding Questions"). */
        QUESTIONS,
        /** A round of the interview loop ("Round 2: Onsite", "Phone screen"). */
        ROUND,
        /** A section that is not questions (tips, FAQ, red flags, resources …). */
        SECTION,
        /** Its wording does not say ("Behavioral", "Culture"): what follows decides. */
        AMBIGUOUS
    }

    private Headings() {
    }

    /** The ATX heading the line holds, or empty. */
    static Optional<Atx> atx(String line) {
        String s = line.strip();
        if (!s.startsWith("#")) {
            return Optional.empty();
        }
        Matcher m = ATX.matcher(s);
        return m.matches() ? Optional.of(new Atx(m.group(1).length(), m.group(2).strip())) : Optional.empty();
    }

    /**
     * Whether the line is a plain-text label heading: not indented, not a list item, short, ending with a colon
     * ({@code Behavioral Questions:}).
     */
    static boolean isLabel(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || ListItems.isItem(line)) {
            return false;
        }
        String s = line.strip();
        return s.endsWith(":") && s.length() <= 60 && s.split("\\s+").length <= 8 && !s.contains("?")
                && !s.matches("(?i)^(q|a|question|answer)\\s*\\d*\\s*:$");
    }

    /** The heading's text without emoji, numbering, markup and a trailing colon ("🧠 2. Behavioral:" → "Behavioral"). */
    static String clean(String text) {
        String s = InlineText.plain(text).replaceFirst("\\s*:\\s*$", "");
        s = NUMBERING.matcher(s).replaceFirst("");
        return InlineText.withoutLeadingSymbols(s).strip();
    }

    /** What the heading heads, by its wording. */
    static Type type(String text) {
        String s = clean(text);
        if (FAQ.matcher(s).find() || explicitSection(s) != null) {
            return Type.SECTION;
        }
        if (ROUND.matcher(s).find()) {
            return Type.ROUND;
        }
        return QUESTION_WORDS.matcher(s).find() ? Type.QUESTIONS : Type.AMBIGUOUS;
    }

    /** Whether the heading names a round of the loop. */
    static boolean namesRound(String text) {
        return ROUND.matcher(clean(text)).find();
    }

    /** Whether the heading's wording says it heads an FAQ about the hiring process. */
    static boolean isFaq(String text) {
        return FAQ.matcher(clean(text)).find();
    }

    /**
     * The category a question heading gives: the cleaned text without words every question heading has
     * ("Common Behavioral Interview Questions" → "Behavioral"), or null when nothing is left.
     */
    static String category(String text) {
        String s = GENERIC_WORDS.matcher(clean(text)).replaceAll(" ").replaceAll("\\s+", " ").strip();
        s = s.replaceAll("^(and|&|for|of|the|[-\u2013\u2014:,])\\s+|\\s+(and|&|for|of|the|[-\u2013\u2014:,])$", "").strip();
        return s.isEmpty() || s.matches("[\\p{Punct}\\s]*") ? null : s;
    }

    /** The kind of section a heading heads when its wording names one, else {@code fallback}. */
    static SectionKind sectionKind(String text, SectionKind fallback) {
        String s = clean(text);
        SectionKind explicit = explicitSection(s);
        if (explicit != null) {
            return explicit;
        }
        if (FAQ.matcher(s).find()) {
            return SectionKind.FAQ;
        }
        return MarkdownGuideParser.kindOf(s, fallback);
    }

    /** The section kind of wording that never heads questions, or null. */
    private static SectionKind explicitSection(String cleaned) {
        String t = cleaned.toLowerCase(Locale.ROOT);
        if (t.matches(".*\\b(tips|advice|how to prepare|dos and don.?ts|do.?s and don.?ts)\\b.*")) {
            return SectionKind.TIPS;
        }
        if (t.matches(".*\\b(red flags?|mistakes|pitfalls|what to avoid)\\b.*")) {
            return SectionKind.RED_FLAGS;
        }
        if (t.matches(".*\\b(timeline|study plan|schedule)\\b.*")) {
            return SectionKind.TIMELINE;
        }
        if (t.matches(".*\\b(topics to (study|review)|syllabus|what to study)\\b.*")) {
            return SectionKind.TOPICS;
        }
        if (t.matches(".*\\b(interview process|the process|what to expect|interview format|stages)\\b.*")) {
            return SectionKind.PROCESS;
        }
        if (t.matches("^(resources|links|further reading|references|about( us| the author)?|overview|introduction"
                + "|summary|notes|conclusion|final thoughts|key takeaways)\\b.*")) {
            return SectionKind.OTHER;
        }
        return null;
    }
}
