package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One question's row. The cell texts are computed when asked for (no copies held per row; the Questions sheet
 * computes them once, see {@link QuestionsSheet#layout}).
 *
 * @param entry the question and its guide; never null
 */
record QuestionRow(Bank.Entry entry) {

    /** The columns that hold the question's data (not the coach columns), in order. */
    private static final List<QuestionColumn> DATA = QuestionColumn.layout(false);

    /** The text of a column; empty for a column without text (the coach columns). */
    String text(QuestionColumn column) {
        Guide g = entry.guide();
        Question q = entry.question();
        return switch (column) {
            case ID -> q.id();
            case COMPANY -> CellText.orEmpty(g.company());
            case ROLE -> CellText.orEmpty(q.role() != null ? q.role() : g.role());
            case ROUND -> CellText.orEmpty(q.round());
            case CATEGORY -> CellText.orEmpty(q.category());
            case DIFFICULTY -> CellText.label(q.difficulty());
            case QUESTION -> q.text();
            case TAGS -> TagList.format(q.tags());
            case SOURCE -> source(g, q);
            case NOTES -> CellText.orEmpty(q.notes());
            case HASH -> QuestionHash.of(q);
            case ASKED, SCORE, INTERVIEWER_NOTES -> "";
        };
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
            Guide g = e.guide();
            Question q = e.question();
            QuestionRow row = new QuestionRow(e);
            List<String> tooLong = null;
            for (QuestionColumn c : DATA) {
                // The hash (16 digits) and the difficulty label always fit.
                if (c == QuestionColumn.HASH || c == QuestionColumn.DIFFICULTY) {
                    continue;
                }
                String text = row.text(c);
                if (CellText.tooLong(text)) {
                    if (tooLong == null) {
                        tooLong = new ArrayList<>();
                    }
                    tooLong.add(c.header() + " (" + String.format(Locale.ROOT, "%,d", text.length())
                            + " characters)");
                }
            }
            if (tooLong == null) {
                rows.add(row);
            } else {
                findings.add(new Finding("cell-too-long", Severity.ERROR, location(g, q),
                        "question " + q.id() + " of guide " + g.id() + " is not in the sheet: "
                                + String.join(", ", tooLong) + " exceeds the " + String.format(Locale.ROOT, "%,d",
                                CellText.MAX_LENGTH) + " characters a spreadsheet cell holds",
                        "shorten the text in the guide; the sheet never cuts text"));
            }
        }
        return rows;
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
