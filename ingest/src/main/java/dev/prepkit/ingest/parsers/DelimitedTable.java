package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV, TSV or semicolon-separated export with a header row, read with Apache Commons CSV so that quoted fields
 * (delimiters, quotes and line breaks inside a cell) come out whole. Each record keeps the raw lines it spans.
 */
final class DelimitedTable {

    /** How many non-blank lines above the header a scrape may add (a title, a breadcrumb). */
    private static final int MAX_PREAMBLE = 5;

    /**
     * One record.
     *
     * @param cells its fields, as read; never null
     * @param lines the raw lines it spans
     */
    record Record(List<String> cells, LineRange lines) {
        /** Whether every cell is blank. */
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * A table found in a document.
     *
     * @param headerLine the line of the header row
     * @param delimiter the field delimiter
     * @param columns what each column holds
     */
    record Found(int headerLine, char delimiter, TableColumns columns) {
    }

    /**
     * The records read, and where reading stopped on a malformed record.
     *
     * @param records the records after the header, in order; never null
     * @param errorLine the line where a malformed record starts, or 0 when all was read
     * @param error what was wrong, or null
     */
    record Read(List<Record> records, int errorLine, String error) {
    }

    private DelimitedTable() {
    }

    /**
     * The header row of a delimited table: one of the first non-blank lines, split on the delimiter it holds most
     * of (tab, comma, semicolon) into at least two short cells, one of which names the question column.
     */
    static Optional<Found> find(RawDocument doc) {
        int seen = 0;
        for (int n = 1; n <= doc.lineCount() && seen <= MAX_PREAMBLE; n++) {
            String line = doc.line(n);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            char delimiter = delimiterOf(line);
            if (delimiter == 0) {
                continue;
            }
            List<String> cells = header(line, delimiter);
            if (cells.size() >= 2 && cells.stream().allMatch(c -> c.strip().length() <= 40)) {
                TableColumns columns = TableColumns.of(cells);
                if (columns.hasQuestion()) {
                    return Optional.of(new Found(n, delimiter, columns));
                }
            }
        }
        return Optional.empty();
    }

    /** The delimiter a line holds most of, outside double quotes; 0 when it holds none. */
    static char delimiterOf(String line) {
        char best = 0;
        int most = 0;
        for (char d : new char[] {'\t', ',', ';'}) {
            int count = 0;
            boolean quoted = false;
            for (char c : line.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == d && !quoted) {
                    count++;
                }
            }
            if (count > most) {
                best = d;
                most = count;
            }
        }
        return best;
    }

    private static List<String> header(String line, char delimiter) {
        try (CSVParser p = CSVParser.parse(line, format(delimiter))) {
            List<CSVRecord> records = p.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
    }

    /** The records below the header, each with the raw lines it spans. */
    static Read records(RawDocument doc, Found found) {
        int first = found.headerLine() + 1;
        if (first > doc.lineCount()) {
            return new Read(List.of(), 0, null);
        }
        String text = String.join("\n", doc.lines().subList(first - 1, doc.lineCount()));
        int[] lineStarts = lineStarts(text);
        List<Integer> starts = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        int errorLine = 0;
        String error = null;
        try (CSVParser p = CSVParser.parse(new StringReader(text), format(found.delimiter()))) {
            for (CSVRecord r : p) {
                // The position may point at empty lines the parser skipped before the record.
                starts.add(Lines.nextNonBlank(doc, first + lineOf(lineStarts, (int) r.getCharacterPosition())));
                cells.add(r.toList());
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int after = starts.isEmpty() ? first : starts.get(starts.size() - 1) + 1
                    + (int) String.join("", cells.get(cells.size() - 1)).chars().filter(c -> c == '\n').count();
            errorLine = Lines.nextNonBlank(doc, Math.min(after, doc.lineCount()));
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        List<Record> out = new ArrayList<>();
        int end = errorLine > 0 ? errorLine - 1 : doc.lineCount();
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : end;
            while (to > starts.get(i) && doc.line(to).isBlank()) {
                to--;
            }
            out.add(new Record(cells.get(i), new LineRange(starts.get(i), Math.max(starts.get(i), to))));
        }
        return new Read(out, errorLine, error);
    }

    private static int[] lineStarts(String text) {
        List<Integer> out = new ArrayList<>();
        out.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(i + 1);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 0-based line of a character offset. */
    private static int lineOf(int[] lineStarts, int offset) {
        int i = java.util.Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
