package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionIds;
import dev.prepkit.model.Round;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** One import of one sheet: compares its rows with the bank. Not reusable. */
final class SheetImport {

    private static final List<QuestionColumn> EDITABLE = List.of(QuestionColumn.DIFFICULTY, QuestionColumn.TAGS,
            QuestionColumn.CATEGORY, QuestionColumn.ROUND, QuestionColumn.NOTES);

    private final String path;
    private final boolean force;
    private final CellValues values = new CellValues();
    private final Map<String, Bank.Entry> active = new LinkedHashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Set<String> removed = new HashSet<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();

    private Map<QuestionColumn, Integer> columns;
    private String sheetName;

    SheetImport(String path, Bank bank, boolean force) {
        this.path = path;
        this.force = force;
        for (Guide g : bank.guides()) {
            for (Question q : g.questions()) {
                if (q.isActive()) {
                    if (active.putIfAbsent(q.id(), new Bank.Entry(g, q)) == null) {
                        position.put(q.id(), position.size());
                    }
                } else {
                    removed.add(q.id());
                }
            }
        }
    }

    /** A non-blank data row: its 0-based index, the ID as written, the row. */
    private record SheetRow(int index, String id, Row row) {
    }

    ImportResult run(Sheet sheet) {
        sheetName = sheet.getSheetName();
        columns = header(sheet.getRow(0));
        if (!columns.containsKey(QuestionColumn.ID)) {
            findings.add(new Finding("import-missing-column", Severity.ERROR, new Location(path, 1, 0),
                    sheetName + "!1: there is no ID column, so no row can be matched to a question; nothing is "
                            + "imported", "restore the ID column (header 'ID') or export a new sheet"));
            return new ImportResult(0, List.of(), findings);
        }
        boolean hashMissing = !columns.containsKey(QuestionColumn.HASH);
        if (hashMissing) {
            findings.add(new Finding("import-missing-column", force ? Severity.WARNING : Severity.ERROR,
                    new Location(path, 1, 0), sheetName + "!1: the hidden Hash column is missing, so rows exported "
                            + "from an older bank cannot be detected; " + (force ? "imported anyway (forced)"
                                    : "nothing is imported"),
                    force ? null : "export a new sheet, or import with the force option"));
        }
        for (QuestionColumn c : EDITABLE) {
            if (!columns.containsKey(c)) {
                findings.add(new Finding("import-missing-column", Severity.WARNING, new Location(path, 1, 0),
                        sheetName + "!1: there is no " + c.header() + " column; " + c.header().toLowerCase(Locale.ROOT)
                                + " edits are not imported", null));
            }
        }

        List<SheetRow> rows = rows(sheet);
        Map<String, List<Integer>> byId = new HashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r.id, k -> new ArrayList<>()).add(r.index + 1));
        for (SheetRow r : rows) {
            if (!hashMissing || force) {
                row(r, byId.get(r.id));
            }
        }
        for (Map.Entry<String, Bank.Entry> e : active.entrySet()) {
            if (!byId.containsKey(e.getKey())) {
                findings.add(new Finding("import-deleted-row", Severity.WARNING, Location.file(path),
                        "question " + e.getKey() + " of guide " + e.getValue().guide().id()
                                + " has no row in the sheet; it stays in the bank unchanged",
                        "questions are removed in the raw guides, not in the sheet"));
            }
        }
        changes.sort(Comparator.comparingInt((Change c) -> position.get(c.questionId()))
                .thenComparingInt(c -> Change.FIELDS.indexOf(c.field())));
        return new ImportResult(rows.size(), changes, findings);
    }

    private Map<QuestionColumn, Integer> header(Row head) {
        Map<QuestionColumn, Integer> out = new EnumMap<>(QuestionColumn.class);
        if (head == null) {
            return out;
        }
        for (Cell cell : head) {
            QuestionColumn.forHeader(values.text(cell)).ifPresent(c -> out.putIfAbsent(c, cell.getColumnIndex()));
        }
        return out;
    }

    private List<SheetRow> rows(Sheet sheet) {
        List<SheetRow> out = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row)) {
                continue;
            }
            out.add(new SheetRow(r, text(row, QuestionColumn.ID).strip(), row));
        }
        return out;
    }

    private boolean blank(Row row) {
        for (Cell cell : row) {
            if (!values.text(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private void row(SheetRow r, List<Integer> sameId) {
        int idColumn = columns.get(QuestionColumn.ID);
        if (r.id.isEmpty()) {
            error("import-unknown-id", r.index, idColumn, "the row has no ID; its edits are not imported",
                    "rows cannot be added in the sheet; add questions to the raw guides");
            return;
        }
        if (sameId.size() > 1) {
            error("import-duplicate-id", r.index, idColumn, "ID " + r.id + " is on rows " + sameId
                    + "; none of them is imported", "keep one row per question");
            return;
        }
        Bank.Entry entry = active.get(r.id);
        if (entry == null) {
            if (removed.contains(r.id)) {
                finding("import-unknown-id", Severity.WARNING, r.index, idColumn, "question " + r.id
                        + " was removed from its source; its row is not imported", null);
            } else {
                error("import-unknown-id", r.index, idColumn, "ID '" + r.id + "' is not a question of the bank; "
                        + "its row is not imported", "check the ID, or export a new sheet");
            }
            return;
        }
        Question q = entry.question();
        Integer hashColumn = columns.get(QuestionColumn.HASH);
        if (hashColumn != null) {
            String hash = text(r.row, QuestionColumn.HASH).strip();
            if (!hash.equals(QuestionHash.of(q))) {
                String message = "question " + q.id() + " changed in the bank after this sheet was exported; ";
                if (!force) {
                    error("import-stale-row", r.index, hashColumn, message + "its row is not imported",
                            "export a new sheet and redo the edits, or import with the force option");
                    return;
                }
                finding("import-stale-row", Severity.WARNING, r.index, hashColumn,
                        message + "its edits are imported anyway (forced)", null);
            }
        }
        Integer textColumn = columns.get(QuestionColumn.QUESTION);
        if (textColumn != null) {
            String text = text(r.row, QuestionColumn.QUESTION);
            if (!QuestionIds.normalize(text).equals(QuestionIds.normalize(q.text()))) {
                finding("import-ignored-edit", Severity.INFO, r.index, textColumn, "the text of question " + q.id()
                        + " was edited; text edits are not imported", "edit the question in the raw guide");
            }
        }
        List<Change> found = new ArrayList<>();
        boolean valid = true;
        for (QuestionColumn c : EDITABLE) {
            if (columns.containsKey(c)) {
                valid &= field(c, r, entry, found);
            }
        }
        if (valid) {
            changes.addAll(found);
        }
    }

    /** Compares one field; adds a change when it differs. Returns false (and reports) when the cell is invalid. */
    private boolean field(QuestionColumn column, SheetRow r, Bank.Entry entry, List<Change> out) {
        Question q = entry.question();
        String raw = text(r.row, column);
        String cell = raw.strip();
        String oldValue;
        String newValue;
        String field;
        switch (column) {
            case DIFFICULTY -> {
                field = Change.DIFFICULTY;
                oldValue = q.difficulty() == null ? null : q.difficulty().label();
                if (cell.isEmpty()) {
                    newValue = null;
                } else {
                    Optional<Difficulty> d = Difficulty.fromLabel(cell);
                    if (d.isEmpty()) {
                        error("import-invalid-value", r.index, columns.get(column), "'" + cell + "' is not a "
                                + "difficulty; the row of " + q.id() + " is not imported",
                                "write easy, medium or hard, or leave the cell empty");
                        return false;
                    }
                    newValue = d.get().label();
                }
            }
            case TAGS -> {
                field = Change.TAGS;
                Optional<List<String>> tags = TagList.parse(cell, q.tags());
                if (tags.isEmpty()) {
                    error("import-invalid-value", r.index, columns.get(column), "'" + cell + "' is not a tag "
                            + "list; the row of " + q.id() + " is not imported",
                            "separate tags with commas, each tag once, using letters, digits and . + # & ' -");
                    return false;
                }
                oldValue = q.tags().isEmpty() ? null : TagList.format(q.tags());
                newValue = tags.get().isEmpty() ? null : TagList.format(tags.get());
                if (tags.get().equals(q.tags())) {
                    return true;
                }
                out.add(new Change(entry.guide().id(), q.id(), field, oldValue, newValue));
                return true;
            }
            case CATEGORY -> {
                field = Change.CATEGORY;
                oldValue = q.category();
                newValue = emptyToNull(cell);
            }
            case ROUND -> {
                field = Change.ROUND;
                oldValue = q.round();
                newValue = canonicalRound(entry.guide(), emptyToNull(cell));
            }
            case NOTES -> {
                field = Change.NOTES;
                oldValue = q.notes();
                newValue = emptyToNull(cell);
            }
            default -> throw new IllegalStateException("not an editable column: " + column);
        }
        if (!Objects.equals(comparable(oldValue), newValue)) {
            out.add(new Change(entry.guide().id(), q.id(), field, oldValue, newValue));
        }
        return true;
    }

    /** The value as a cell would hold it: line breaks as {@code \n}, trimmed, null when blank. */
    private static String comparable(String value) {
        return value == null ? null : emptyToNull(value.replace("\r\n", "\n").strip());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The guide's spelling of a round written in another case; else the text as written. */
    private static String canonicalRound(Guide g, String text) {
        if (text == null) {
            return null;
        }
        return g.rounds().stream().map(Round::name).filter(n -> n.equalsIgnoreCase(text)).findFirst().orElse(text);
    }

    private String text(Row row, QuestionColumn column) {
        Integer c = columns.get(column);
        return c == null ? "" : values.text(row.getCell(c));
    }

    private void error(String rule, int row, int column, String message, String hint) {
        finding(rule, Severity.ERROR, row, column, message, hint);
    }

    private void finding(String rule, Severity severity, int row, int column, String message, String hint) {
        findings.add(new Finding(rule, severity, new Location(path, row + 1, column + 1),
                CellValues.ref(sheetName, row, column) + ": " + message, hint));
    }
}
