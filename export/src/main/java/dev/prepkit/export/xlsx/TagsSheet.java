package dev.prepkit.export.xlsx;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** The {@code Tags} sheet: the taxonomy's canonical tags with parent, aliases, description and usage count. */
final class TagsSheet {

    static final List<String> HEADERS = List.of("Tag", "Parent", "Aliases", "Description", "Questions");

    private TagsSheet() {
    }

    /**
     * Writes the sheet. A tag whose description does not fit in a cell is left out and reported.
     *
     * @param sheet an empty sheet; never null
     * @param taxonomy the taxonomy; never null
     * @param rows the exported rows, whose tags are counted (a tag's aliases count for it); never null
     * @param styles the workbook's styles; never null
     * @param findings receives {@code cell-too-long} errors; never null
     */
    static void write(Sheet sheet, Taxonomy taxonomy, List<QuestionRow> rows, SheetStyles styles,
            List<Finding> findings) throws IOException {
        TableWriter t = new TableWriter(sheet, styles, 60);
        t.header(HEADERS);
        int[] usage = usage(taxonomy.tags(), rows);
        int i = 0;
        for (Taxonomy.Tag tag : taxonomy.tags()) {
            int used = usage[i++];
            List<Object> values = new ArrayList<>();
            values.add(tag.name());
            values.add(tag.parent());
            values.add(String.join(", ", tag.aliases()));
            values.add(tag.description());
            values.add(used);
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

    /**
     * For each tag, how many exported questions carry it, under its name or one of its aliases (case-insensitive).
     * One pass over the rows.
     */
    static int[] usage(List<Taxonomy.Tag> tags, List<QuestionRow> rows) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Taxonomy.Tag tag = tags.get(i);
            Set<String> keys = new HashSet<>();
            keys.add(Taxonomy.key(tag.name()));
            tag.aliases().forEach(a -> keys.add(Taxonomy.key(a)));
            for (String k : keys) {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        int[] counts = new int[tags.size()];
        if (byKey.isEmpty()) {
            return counts;
        }
        Map<String, String> keyOf = new HashMap<>();
        boolean[] hit = new boolean[tags.size()];
        List<Integer> hits = new ArrayList<>();
        for (QuestionRow row : rows) {
            for (String t : row.entry().question().tags()) {
                List<Integer> found = byKey.get(keyOf.computeIfAbsent(t, Taxonomy::key));
                if (found != null) {
                    for (int i : found) {
                        if (!hit[i]) {
                            hit[i] = true;
                            hits.add(i);
                        }
                    }
                }
            }
            for (int i : hits) {
                counts[i]++;
                hit[i] = false;
            }
            hits.clear();
        }
        return counts;
    }

}
