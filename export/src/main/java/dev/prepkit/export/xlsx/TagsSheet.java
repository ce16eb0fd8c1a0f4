package dev.prepkit.export.xlsx;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** The {@code Tags} sheet: the taxonomy's canonical tags with parent, aliases, description and usage count. */
final class TagsSheet {

    static final List<String> HEADERS = List.of("Tag", "Parent", "Aliases", "Description", "Questions");

    private TagsSheet() {
    }

    /**
     * Writes the sheet. A tag whose description does not fit in a cell is left out and reported.
     *
     * @param sheet an empty in-memory sheet; never null
     * @param taxonomy the taxonomy; never null
     * @param rows the exported rows, whose tags are counted (a tag's aliases count for it); never null
     * @param styles the workbook's styles; never null
     * @param findings receives {@code cell-too-long} errors; never null
     */
    static void write(XSSFSheet sheet, Taxonomy taxonomy, List<QuestionRow> rows, SheetStyles styles,
            List<Finding> findings) {
        TableWriter t = new TableWriter(sheet, styles, 60);
        t.header(HEADERS);
        for (Taxonomy.Tag tag : taxonomy.tags()) {
            List<Object> values = new ArrayList<>();
            values.add(tag.name());
            values.add(tag.parent());
            values.add(String.join(", ", tag.aliases()));
            values.add(tag.description());
            values.add(usage(tag, rows));
            if (values.stream().anyMatch(v -> v instanceof String s && CellText.tooLong(s))) {
                findings.add(new Finding("cell-too-long", Severity.ERROR, Location.file("taxonomy"),
                        "tag '" + tag.name() + "' is not in the Tags sheet: its text exceeds the "
                                + CellText.MAX_LENGTH + " characters a spreadsheet cell holds",
                        "shorten the tag's description or aliases"));
                continue;
            }
            t.row(values);
        }
        t.fitColumns(HEADERS.size());
        sheet.createFreezePane(0, 1);
        TableWriter.printSetup(sheet, true);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, t.nextRow() - 1), 0, HEADERS.size() - 1));
    }

    /** How many exported questions carry the tag, under its name or one of its aliases (case-insensitive). */
    static int usage(Taxonomy.Tag tag, List<QuestionRow> rows) {
        Set<String> keys = new HashSet<>();
        keys.add(key(tag.name()));
        tag.aliases().forEach(a -> keys.add(key(a)));
        int n = 0;
        for (QuestionRow row : rows) {
            if (row.entry().question().tags().stream().map(TagsSheet::key).anyMatch(keys::contains)) {
                n++;
            }
        }
        return n;
    }

    private static String key(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
