package dev.prepkit.ingest.parsers;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question and answer markers: {@code Q:}, {@code Q1.}, {@code Question:}, {@code **Q:**} and {@code A:},
 * {@code A1:}, {@code Answer:}, optionally after a markdown heading's hashes.
 */
final class QaLines {

    private static final String LEAD = "^(?:#{1,6}\\s+)?(?:\\*\\*|__)?";
    private static final String TAIL = "\\s*#?(\\d{1,3})?\\s*(?:[:.)]|\\s[-\u2013\u2014])\\s*(?:\\*\\*|__)?\\s*(.*)$";
    private static final Pattern QUESTION = Pattern.compile(LEAD + "(?:Q|[Qq]uestion)" + TAIL);
    private static final Pattern ANSWER = Pattern.compile(LEAD + "(?:A|[Aa]nswer)" + TAIL);

    /** Which marker a line starts with. */
    enum Marker { QUESTION, ANSWER }

    /**
     * A marked line.
     *
     * @param marker which marker
     * @param text the text after it, without markup; may be empty when it is on the next line
     */
    record Marked(Marker marker, String text) {
    }

    private QaLines() {
    }

    /** The marker the line starts with and the text after it, or empty. */
    static Optional<Marked> parse(String line) {
        String s = line.strip();
        Matcher m = QUESTION.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marked(Marker.QUESTION, InlineText.plain(m.group(2))));
        }
        m = ANSWER.matcher(s);
        if (m.matches()) {
            return Optional.of(new Marked(Marker.ANSWER, InlineText.plain(m.group(2))));
        }
        return Optional.empty();
    }
}
