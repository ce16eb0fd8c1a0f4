package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cell texts of one question's row.
 *
 * @param entry the question and its guide; never null
 * @param cells the text of each data column (not the coach columns); never null, no null values
 */
record QuestionRow(Bank.Entry entry, Map<QuestionColumn, String> cells) {

    QuestionRow {
        cells = Collections.unmodifiableMap(new EnumMap<>(cells));
    }

    /** The text of a column; empty for a column without text (the coach columns). */
    String text(QuestionColumn column) {
        return cells.getOrDefault(column, "");
    }

    /**
     * The rows of the bank's active questions, in bank order. A question with a cell text longer than a cell
     * holds is not turned into a row; it is reported as a {@code cell-too-long} error instead.
     *
     * @param bank the bank; never null
     * @param findings receives the refusals; never null
     * @return the rows; never null
     */
    static List<QuestionRow> of(Bank bank, List<Finding> findings) {
        List<QuestionRow> rows = new ArrayList<>();
        for (Bank.Entry e : bank.entries()) {
            Map<QuestionColumn, String> cells = cells(e.guide(), e.question());
            List<String> tooLong = new ArrayList<>();
            for (Map.Entry<QuestionColumn, String> c : cells.entrySet()) {
                if (CellText.tooLong(c.getValue())) {
                    tooLong.add(c.getKey().header() + " (" + String.format(Locale.ROOT, "%,d", c.getValue().length())
                            + " characters)");
                }
            }
            if (tooLong.isEmpty()) {
                rows.add(new QuestionRow(e, cells));
            } else {
                findings.add(new Finding("cell-too-long", Severity.ERROR, location(e.guide(), e.question()),
                        "question " + e.question().id() + " of guide " + e.guide().id() + " is not in the sheet: "
                                + String.join(", ", tooLong) + " exceeds the " + String.format(Locale.ROOT, "%,d",
                                CellText.MAX_LENGTH) + " characters a spreadsheet cell holds",
                        "shorten the text in the guide; the sheet never cuts text"));
            }
        }
        return rows;
    }

    private static Map<QuestionColumn, String> cells(Guide g, Question q) {
        Map<QuestionColumn, String> m = new EnumMap<>(QuestionColumn.class);
        m.put(QuestionColumn.ID, q.id());
        m.put(QuestionColumn.COMPANY, g.company());
        m.put(QuestionColumn.ROLE, CellText.orEmpty(q.role() != null ? q.role() : g.role()));
        m.put(QuestionColumn.ROUND, CellText.orEmpty(q.round()));
        m.put(QuestionColumn.CATEGORY, CellText.orEmpty(q.category()));
        m.put(QuestionColumn.DIFFICULTY, q.difficulty() == null ? "" : q.difficulty().label());
        m.put(QuestionColumn.QUESTION, q.text());
        m.put(QuestionColumn.TAGS, TagList.format(q.tags()));
        m.put(QuestionColumn.SOURCE, source(g, q));
        m.put(QuestionColumn.NOTES, CellText.orEmpty(q.notes()));
        m.put(QuestionColumn.HASH, QuestionHash.of(q));
        return m;
    }

    /** {@code raw/netflix/question-bank.txt:12}, the path alone without lines, empty for a hand-written guide. */
    private static String source(Guide g, Question q) {
        if (g.source() == null) {
            return "";
        }
        return q.lines() == null ? g.source().path() : g.source().path() + ":" + q.lines().from();
    }

    /** The question's raw line when it has one, else the guide's id. */
    static Location location(Guide g, Question q) {
        if (g.source() != null) {
            return new Location(g.source().path(), q.lines() == null ? 0 : q.lines().from(), 0);
        }
        return Location.file(g.id());
    }
}
