package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tables of questions: CSV, TSV or semicolon-separated exports with a header row (read with Apache Commons CSV, so
 * quoted cells may hold delimiters and line breaks), and markdown pipe tables under headings. Columns are matched by
 * header name ({@link TableColumns}): the question, and optionally difficulty, tags (split on {@code , ; |}),
 * category, round, role, company and notes; other columns go to the question's notes as "Header: value". A
 * difficulty that is not easy, medium or hard is left out and reported. A markdown heading above a table gives its
 * rows a category, or a round when it names one.
 */
public final class TableParser implements GuideParser {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    /** The rule id of the warning for a table that could not be read to its end. */
    static final String MALFORMED = "malformed-table";

    @Override
    public String name() {
        return "table";
    }

    @Override
    public String description() {
        return "CSV/TSV exports and markdown pipe tables with a header row naming a question column";
    }

    @Override
    public double detect(RawDocument doc) {
        if (doc.lineCount() == 0 || ShapeSignals.isMdx(doc)) {
            return 0;
        }
        long content = doc.nonBlankLines();
        Optional<DelimitedTable.Found> found = DelimitedTable.find(doc);
        if (found.isPresent()) {
            DelimitedTable.Read read = DelimitedTable.records(doc, found.get());
            int rows = 0;
            int covered = 1;
            for (DelimitedTable.Record r : read.records()) {
                if (fits(r.cells(), found.get().columns())) {
                    rows++;
                    covered += r.lines().to() - r.lines().from() + 1;
                }
            }
            if (read.errorLine() > 0) {
                // A malformed record ends the reading: the rest is still the table's.
                covered += doc.lineCount() - read.errorLine() + 1;
                rows += 1;
            }
            if (rows >= 2 && covered * 10 >= content * 6) {
                return 0.95;
            }
        }
        int rows = 0;
        int covered = 0;
        for (int n = 2; n <= doc.lineCount(); n++) {
            if (ShapeSignals.isPipeSeparator(doc.line(n)) && ShapeSignals.isPipeRow(doc.line(n - 1))
                    && TableColumns.of(PipeTable.cells(doc.line(n - 1))).hasQuestion()) {
                covered += 2;
                for (int k = n + 1; k <= doc.lineCount() && ShapeSignals.isPipeRow(doc.line(k)); k++) {
                    rows++;
                    covered++;
                }
            } else if (Headings.atx(doc.line(n)).isPresent()) {
                covered++;
            }
        }
        if (rows >= 2) {
            return covered * 2 >= content ? 0.93 : 0.6;
        }
        return 0;
    }

    /** Whether a record has the header's number of cells (a trailing empty cell allowed). */
    private static boolean fits(List<String> cells, TableColumns columns) {
        return cells.size() == columns.size()
                || cells.size() == columns.size() + 1 && cells.get(cells.size() - 1).isBlank();
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        Prose prose = new Prose(draft);
        Rows rows = new Rows(draft, prose);
        Optional<DelimitedTable.Found> found = DelimitedTable.find(doc);
        if (found.isPresent()) {
            delimited(doc, draft, prose, rows, found.get());
        } else {
            markdown(doc, draft, prose, rows);
        }
        rows.emit();
        prose.emit();
        return draft.build(guideId);
    }

    private static void delimited(RawDocument doc, GuideDraft draft, Prose prose, Rows rows, DelimitedTable.Found found) {
        for (int n = 1; n < found.headerLine(); n++) {
            text(doc, prose, n, true);
        }
        draft.ledger().keep(found.headerLine(), LineUse.HEADING);
        rows.unmapped(found.columns(), found.headerLine());
        DelimitedTable.Read read = DelimitedTable.records(doc, found);
        for (DelimitedTable.Record r : read.records()) {
            if (fits(r.cells(), found.columns())) {
                rows.row(found.columns(), r.cells(), r.lines(), null, null);
            } else {
                for (int n = r.lines().from(); n <= r.lines().to(); n++) {
                    text(doc, prose, n, false);
                }
            }
        }
        if (read.errorLine() > 0) {
            draft.warn(MALFORMED, read.errorLine(), "the table could not be read from this line on: " + read.error(),
                    "close the quote that opens on this line, or fix the raw file; the lines were kept as notes");
            for (int n = read.errorLine(); n <= doc.lineCount(); n++) {
                text(doc, prose, n, false);
            }
        }
    }

    /** A line that is not part of a table: chrome, intro, or a note. */
    private static void text(RawDocument doc, Prose prose, int n, boolean intro) {
        String s = doc.line(n).strip();
        if (s.isEmpty()) {
            prose.blank();
        } else if (!prose.dropChrome(n, s)) {
            String text = prose.content(n, s);
            if (intro) {
                prose.intro(n, text);
            } else {
                prose.item(n, n, text, SectionKind.OTHER, null);
            }
        }
    }

    private static void markdown(RawDocument doc, GuideDraft draft, Prose prose, Rows rows) {
        TableColumns columns = null;
        String category = null;
        int categoryLevel = Integer.MAX_VALUE;
        String round = null;
        int roundLevel = Integer.MAX_VALUE;
        SectionKind sectionKind = null;
        String sectionTitle = null;
        boolean headed = false;
        for (int n = 1; n <= doc.lineCount(); n++) {
            String line = doc.line(n);
            String s = line.strip();
            if (columns != null && ShapeSignals.isPipeRow(line)) {
                List<String> cells = PipeTable.cells(s);
                if (columns.hasQuestion()) {
                    rows.row(columns, cells, LineRange.of(n), category, round);
                } else {
                    prose.item(n, n, String.join(" \u00B7 ", cells.stream().filter(c -> !c.isBlank()).toList()),
                            sectionKind != null ? sectionKind : SectionKind.OTHER, sectionTitle);
                }
                continue;
            }
            columns = null;
            if (s.isEmpty()) {
                prose.blank();
            } else if (ShapeSignals.isPipeRow(line) && n < doc.lineCount() && ShapeSignals.isPipeSeparator(doc.line(n + 1))) {
                columns = TableColumns.of(PipeTable.cells(s));
                draft.ledger().keep(n, LineUse.HEADING);
                draft.ledger().keep(n + 1, LineUse.STRUCTURE);
                rows.unmapped(columns, n);
                headed = true;
                n++;
            } else if (s.matches("^([-*_])(\\s*\\1){2,}$") || ShapeSignals.isPipeSeparator(line)) {
                draft.ledger().keep(n, LineUse.STRUCTURE);
            } else if (prose.dropChrome(n, s)) {
                continue;
            } else if (Headings.atx(s).isPresent()) {
                Headings.Atx h = Headings.atx(s).get();
                String title = Headings.clean(h.text());
                if (h.level() == 1) {
                    prose.title(n, title);
                    continue;
                }
                headed = true;
                if (roundLevel >= h.level()) {
                    round = null;
                    roundLevel = Integer.MAX_VALUE;
                }
                if (categoryLevel >= h.level()) {
                    category = null;
                    categoryLevel = Integer.MAX_VALUE;
                }
                sectionKind = null;
                sectionTitle = null;
                Headings.Type type = Headings.type(h.text());
                if (type == Headings.Type.ROUND) {
                    round = title;
                    roundLevel = h.level();
                    rows.round(title, LineRange.of(n));
                } else if (type == Headings.Type.SECTION) {
                    sectionKind = Headings.sectionKind(h.text(), SectionKind.OTHER);
                    sectionTitle = title;
                    prose.heading(n, sectionKind, title);
                } else {
                    category = Headings.category(h.text()) != null ? Headings.category(h.text()) : title;
                    categoryLevel = h.level();
                    draft.ledger().keep(n, LineUse.HEADING);
                }
            } else {
                String text = prose.content(n, s);
                if (!headed) {
                    prose.intro(n, text);
                } else if (sectionKind != null) {
                    prose.item(n, n, text, sectionKind, sectionTitle);
                } else if (text.matches("(?i)^(pro )?tips?\\s*:.*")) {
                    prose.item(n, n, text.replaceFirst("(?i)^(pro )?tips?\\s*:\\s*", ""), SectionKind.TIPS, null);
                } else {
                    prose.item(n, n, text, SectionKind.OTHER, category);
                }
            }
        }
    }

    /** Rows read so far; rounds and questions are added to the draft at the end, rounds first. */
    private static final class Rows {
        private final GuideDraft draft;
        private final Prose prose;
        private final Map<String, LineRange> rounds = new LinkedHashMap<>();
        private final List<Row> questions = new ArrayList<>();
        private final Set<String> companies = new LinkedHashSet<>();
        private final Set<String> roles = new LinkedHashSet<>();
        private boolean roleless;

        /** One question row. */
        private record Row(String text, String role, String category, String round, Difficulty difficulty,
                List<String> tags, String notes, LineRange lines) {
        }

        Rows(GuideDraft draft, Prose prose) {
            this.draft = draft;
            this.prose = prose;
        }

        void round(String name, LineRange lines) {
            rounds.putIfAbsent(name, lines);
        }

        /** Notes once per table which columns no field matched. */
        void unmapped(TableColumns columns, int headerLine) {
            List<String> names = columns.unmappedHeaders();
            if (!names.isEmpty() && columns.hasQuestion()) {
                draft.info("unmapped-columns", headerLine, "column" + (names.size() > 1 ? "s " : " ")
                        + String.join(", ", names) + " kept in each question's notes: no question field has that name");
            }
        }

        void row(TableColumns columns, List<String> cells, LineRange lines, String category, String round) {
            if (cells.stream().allMatch(String::isBlank)) {
                draft.ledger().keep(lines.from(), lines.to(), LineUse.STRUCTURE);
                return;
            }
            String question = columns.cell(cells, TableColumns.Field.QUESTION);
            if (question == null) {
                draft.warn("row-without-question", lines.from(), "a table row has no question: it was kept as a note",
                        "fill in the question cell, or delete the row");
                prose.item(lines.from(), lines.to(), String.join(" \u00B7 ",
                        cells.stream().filter(c -> !c.isBlank()).map(String::strip).toList()), SectionKind.OTHER, null);
                return;
            }
            List<String> notes = new ArrayList<>();
            String[] questionLines = LINE_BREAK.split(question);
            String text = null;
            for (String l : questionLines) {
                if (text == null && !l.isBlank()) {
                    text = InlineText.plain(l);
                } else if (!l.isBlank()) {
                    notes.add(InlineText.plain(l));
                }
            }
            Optional.ofNullable(columns.cell(cells, TableColumns.Field.NOTES)).ifPresent(notes::add);
            notes.addAll(columns.unmapped(cells));
            String rowRound = Optional.ofNullable(columns.cell(cells, TableColumns.Field.ROUND)).orElse(round);
            if (rowRound != null) {
                rounds.putIfAbsent(rowRound, lines);
            }
            String role = columns.cell(cells, TableColumns.Field.ROLE);
            if (role != null) {
                roles.add(role);
            } else {
                roleless = true;
            }
            Optional.ofNullable(columns.cell(cells, TableColumns.Field.COMPANY)).ifPresent(companies::add);
            questions.add(new Row(text, role,
                    Optional.ofNullable(columns.cell(cells, TableColumns.Field.CATEGORY)).orElse(category), rowRound,
                    Difficulties.read(draft, columns.cell(cells, TableColumns.Field.DIFFICULTY), lines.from()),
                    TagLists.split(columns.cell(cells, TableColumns.Field.TAGS)),
                    notes.isEmpty() ? null : String.join("\n", notes), lines));
        }

        void emit() {
            if (!companies.isEmpty()) {
                draft.company(companies.iterator().next());
                if (companies.size() > 1) {
                    draft.warn("mixed-companies", 0, "the table names several companies (" + String.join(", ", companies)
                            + "); the guide takes the first", "split the table into one file per company");
                }
            }
            boolean oneRole = roles.size() == 1 && !roleless;
            if (oneRole) {
                draft.role(roles.iterator().next());
            }
            rounds.forEach((name, lines) -> draft.round(name, null, null, null, null, lines));
            for (Row r : questions) {
                draft.question(r.text(), oneRole ? null : r.role(), r.category(), r.round(), r.difficulty(), r.tags(),
                        r.notes(), r.lines());
            }
        }
    }
}
