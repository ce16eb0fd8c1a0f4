package dev.prepkit.export.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The columns of the {@code Questions} sheet, in export order, with their headers and width limits. */
enum QuestionColumn {
    ID("ID", 12, 16, false, false),
    COMPANY("Company", 10, 20, true, false),
    ROLE("Role", 8, 24, true, false),
    ROUND("Round", 8, 24, true, false),
    CATEGORY("Category", 10, 24, true, false),
    DIFFICULTY("Difficulty", 12, 12, false, false),
    QUESTION("Question", 30, 60, true, false),
    TAGS("Tags", 12, 36, true, false),
    SOURCE("Source", 12, 40, true, false),
    NOTES("Notes", 12, 40, true, false),
    ASKED("Asked", 9, 9, false, true),
    SCORE("Score", 9, 9, false, true),
    INTERVIEWER_NOTES("Interviewer notes", 40, 40, true, true),
    HASH("Hash", 18, 18, false, false);

    private final String header;
    private final int minWidth;
    private final int maxWidth;
    private final boolean wrap;
    private final boolean coachOnly;

    QuestionColumn(String header, int minWidth, int maxWidth, boolean wrap, boolean coachOnly) {
        this.header = header;
        this.minWidth = minWidth;
        this.maxWidth = maxWidth;
        this.wrap = wrap;
        this.coachOnly = coachOnly;
    }

    /** The header cell text. */
    String header() {
        return header;
    }

    /** The narrowest column, in characters. */
    int minWidth() {
        return minWidth;
    }

    /** The widest column, in characters; longer text wraps (or is clipped when the column does not wrap). */
    int maxWidth() {
        return maxWidth;
    }

    /** Whether the column's cells wrap their text. */
    boolean wrap() {
        return wrap;
    }

    /** The columns of a sheet, in order; the coach columns only when {@code coach}. */
    static List<QuestionColumn> layout(boolean coach) {
        List<QuestionColumn> out = new ArrayList<>();
        for (QuestionColumn c : values()) {
            if (coach || !c.coachOnly) {
                out.add(c);
            }
        }
        return List.copyOf(out);
    }

    /** The column with this header (ignoring case and surrounding space), if any. */
    static Optional<QuestionColumn> forHeader(String text) {
        String key = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (QuestionColumn c : values()) {
            if (c.header.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
