package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inclusive range of positive integers, written {@code "9"} or {@code "9-11"}.
 *
 * <p>Used for raw-file line ranges (1-based line numbers) and for ranges of minutes, days or
 * rounds that a guide gives ("45 min", "3-4 Rounds").
 *
 * @param from first value, at least 1
 * @param to last value, at least {@code from}
 */
public record LineRange(int from, int to) implements Comparable<LineRange> {

    private static final Pattern FORM = Pattern.compile("(\\d+)(?:\\s*[-\u2013]\\s*(\\d+))?");

    /**
     * @throws IllegalArgumentException when {@code from < 1} or {@code to < from}
     */
    public LineRange {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a range: " + from + "-" + to);
        }
    }

    /** A range of one value. */
    public static LineRange of(int value) {
        return new LineRange(value, value);
    }

    /** A range of two values, in any order. */
    public static LineRange of(int a, int b) {
        return new LineRange(Math.min(a, b), Math.max(a, b));
    }

    /**
     * A range from the two numbers a pattern captured ({@code 30} and {@code 45} of "30-45 min").
     *
     * @param from the first number's digits; not null
     * @param to the second number's digits, or null for a single value
     * @throws NumberFormatException when either is not a number
     */
    public static LineRange of(String from, String to) {
        return to == null ? of(Integer.parseInt(from)) : of(Integer.parseInt(from), Integer.parseInt(to));
    }

    /**
     * Reads {@code "9"}, {@code "9-11"} or {@code "9–11"} (en dash).
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    @JsonCreator
    public static LineRange parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a range: '" + text + "' (expected N or N-M)");
        }
        int a = Integer.parseInt(m.group(1));
        return m.group(2) == null ? of(a) : of(a, Integer.parseInt(m.group(2)));
    }

    /** The smallest range that covers both. */
    public LineRange span(LineRange other) {
        return other == null ? this : new LineRange(Math.min(from, other.from), Math.max(to, other.to));
    }

    /** Whether {@code value} lies in the range. */
    public boolean contains(int value) {
        return value >= from && value <= to;
    }

    @Override
    public int compareTo(LineRange o) {
        return from != o.from ? Integer.compare(from, o.from) : Integer.compare(to, o.to);
    }

    @JsonValue
    @Override
    public String toString() {
        return from == to ? Integer.toString(from) : from + "-" + to;
    }
}
