package dev.prepkit.export.xlsx;

import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The {@code Guides} sheet: one row per guide of the bank. */
final class GuidesSheet {

    static final List<String> HEADERS = List.of("ID", "Company", "Role", "Title", "Source", "Format", "Questions",
            "Rounds", "Sections");

    private GuidesSheet() {
    }

    /**
     * Writes the sheet. "Questions" counts the guide's active questions.
     *
     * @param sheet an empty sheet; never null
     * @param guides the bank's guides, in order; never null
     * @param styles the workbook's styles; never null
     * @param findings receives {@code cell-too-long} errors; never null
     */
    static void write(Sheet sheet, List<Guide> guides, SheetStyles styles, List<Finding> findings) throws IOException {
        TableWriter t = new TableWriter(sheet, styles, 50);
        t.header(HEADERS);
        for (Guide g : guides) {
            List<Object> values = new ArrayList<>();
            values.add(g.id());
            values.add(g.company());
            values.add(g.role());
            values.add(g.title());
            values.add(g.source() == null ? null : g.source().path());
            values.add(g.source() == null ? null : g.source().format());
            values.add(g.activeQuestions().size());
            values.add(g.rounds().size());
            values.add(g.sections().size());
            if (values.stream().anyMatch(v -> v instanceof String s && CellText.tooLong(s))) {
                findings.add(new Finding("cell-too-long", Severity.ERROR,
                        g.source() == null ? Location.file(g.id()) : Location.file(g.source().path()),
                        "guide " + g.id() + " is not in the Guides sheet: a field exceeds the "
                                + CellText.MAX_LENGTH + " characters a spreadsheet cell holds",
                        "shorten the guide's title, company or role"));
                continue;
            }
            t.row(values);
        }
        t.fitColumns(HEADERS.size());
        sheet.createFreezePane(0, 1);
        TableWriter.printSetup(sheet, true);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.nextRow() - 1), 0, HEADERS.size() - 1));
    }
}
