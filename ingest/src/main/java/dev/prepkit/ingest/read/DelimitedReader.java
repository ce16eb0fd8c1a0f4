package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV (RFC 4180), TSV or semicolon-separated file with Apache Commons CSV into one {@link BlockKind#TABLE}
 * block, so that quoted cells (holding delimiters, quotes or line breaks) come out whole.
 *
 * <p>The first non-blank line is the header; its delimiter is the one of tab, comma and semicolon it holds most of
 * outside double quotes. Cells are read with surrounding spaces dropped; a TSV whose quotes are not RFC 4180 quotes
 * ({@code "Hi" he said}) is read again with quotes as plain text. Blank lines and records whose cells are all blank
 * are skipped.
 *
 * <p>Out comes a tree of one TABLE block spanning the header and the records, whose children are one
 * {@link BlockKind#TABLE_ROW} per record in file order. A row's text is empty; its {@link Block#fields()} map each
 * header name to the record's cell (a blank header name becomes {@code column N}, a repeated one {@code name (2)};
 * cells past the header are named {@code column N}; cells a short record lacks are absent). A row's lines are the
 * physical lines the record spans: several when a quoted cell holds line breaks.
 */
public final class DelimitedReader implements SyntaxReader {

    private static final char[] DELIMITERS = {'\t', ',', ';'};
    /** How many records after the header {@link #detect} looks at. */
    private static final int SAMPLE = 20;

    /**
     * A record as read.
     *
     * @param cells its cells; never null
     * @param position the character offset where the parser began it (maybe on blank lines it skipped)
     */
    private record Raw(List<String> cells, long position) {
    }

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "a CSV, TSV or semicolon-separated table with a header row";
    }

    /**
     * @return 0.85 when the first non-blank line holds a tab, comma or semicolon, splits into at least two cells,
     *     and most of the next {@value #SAMPLE} records have as many cells; 0.3 for a lone such header line; 0 for
     *     an empty file, a first line without a delimiter or starting with {@code |} (a markdown pipe table); 0.1
     *     for other text (prose with commas, malformed quoting)
     */
    @Override
    public double detect(RawDocument doc) {
        int headerLine = firstNonBlank(doc);
        if (headerLine == 0) {
            return 0;
        }
        String header = doc.line(headerLine);
        char delimiter = delimiterOf(header);
        if (delimiter == 0 || header.stripLeading().startsWith("|")) {
            return 0;
        }
        String text = LineIndex.of(doc.lines().subList(headerLine - 1, doc.lineCount())).text();
        List<List<String>> sample = sample(text, delimiter, true);
        if (sample.isEmpty() && delimiter == '\t') {
            sample = sample(text, delimiter, false);
        }
        if (sample.isEmpty()) {
            return 0.1;
        }
        int columns = sample.get(0).size();
        if (columns < 2) {
            return 0.1;
        }
        List<List<String>> records = sample.subList(1, sample.size());
        if (records.isEmpty()) {
            return 0.3;
        }
        long same = records.stream().filter(r -> r.size() == columns).count();
        return same * 5 >= records.size() * 4 ? 0.85 : 0.1;
    }

    /** The header and up to {@value #SAMPLE} records; empty when they are malformed. */
    private static List<List<String>> sample(String text, char delimiter, boolean quoted) {
        List<List<String>> out = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(text, format(delimiter, quoted))) {
            for (CSVRecord r : p) {
                out.add(r.toList());
                if (out.size() > SAMPLE) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
        return out;
    }

    /**
     * Reads the table.
     *
     * @return a tree holding one TABLE block whose children are the rows; never null
     * @throws UnreadableDocumentException when the file is blank, its first line has no delimiter, it has a header
     *     but no records, or a record is malformed (an unclosed quote, text after a closing quote); the message
     *     and {@link UnreadableDocumentException#line()} name the line where the bad record starts
     */
    @Override
    public DocumentTree read(RawDocument doc) throws UnreadableDocumentException {
        int headerLine = firstNonBlank(doc);
        if (headerLine == 0) {
            throw new UnreadableDocumentException(0, "the CSV file is empty");
        }
        char delimiter = delimiterOf(doc.line(headerLine));
        if (delimiter == 0) {
            throw new UnreadableDocumentException(headerLine,
                    "the CSV file has no header row: line " + headerLine + " holds no comma, tab or semicolon");
        }
        LineIndex index = LineIndex.of(doc);
        List<Raw> records;
        try {
            records = records(index, delimiter, true);
        } catch (UnreadableDocumentException e) {
            if (delimiter != '\t') {
                throw e;
            }
            records = records(index, delimiter, false);
        }
        if (records.size() < 2) {
            throw new UnreadableDocumentException(headerLine, "the CSV file has a header row but no records");
        }
        List<String> names = ColumnNames.of(records.get(0).cells());
        List<Block> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Raw r = records.get(i);
            if (r.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            long end = i + 1 < records.size() ? records.get(i + 1).position() : index.text().length();
            rows.add(new Block(BlockKind.TABLE_ROW, "", index.range(r.position(), end), 0, null, null,
                    fields(names, r.cells()), null));
        }
        if (rows.isEmpty()) {
            throw new UnreadableDocumentException(headerLine, "the CSV file has a header row but no records");
        }
        LineRange all = index.range(records.get(0).position(), index.text().length());
        Block table = new Block(BlockKind.TABLE, "", all, 0, null, null, null, rows);
        return new DocumentTree(doc, name(), List.of(table));
    }

    private static Map<String, String> fields(List<String> names, List<String> cells) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            out.put(c < names.size() ? names.get(c) : ColumnNames.extra(c), cells.get(c));
        }
        return out;
    }

    /** Every record of the text, the header first. */
    private static List<Raw> records(LineIndex index, char delimiter, boolean quoted)
            throws UnreadableDocumentException {
        List<Raw> out = new ArrayList<>();
        long lastLine = 0;
        try (CSVParser p = CSVParser.parse(index.text(), format(delimiter, quoted))) {
            for (CSVRecord r : p) {
                out.add(new Raw(r.toList(), r.getCharacterPosition()));
                lastLine = p.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int line = index.range(offsetAfterLine(index, lastLine), index.text().length()).from();
            Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
            throw new UnreadableDocumentException(line, "the CSV file has a malformed record at line " + line + ": "
                    + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
        }
        return out;
    }

    /** The offset where the line after {@code line} starts (the text's end when there is none). */
    private static long offsetAfterLine(LineIndex index, long line) {
        String text = index.text();
        int at = 0;
        for (long n = 0; n < line && at < text.length(); n++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return at;
    }

    private static CSVFormat format(char delimiter, boolean quoted) {
        CSVFormat.Builder b = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true);
        if (!quoted) {
            b.setQuote(null);
        }
        return b.get();
    }

    private static int firstNonBlank(RawDocument doc) {
        for (int n = 1; n <= doc.lineCount(); n++) {
            if (!doc.line(n).isBlank()) {
                return n;
            }
        }
        return 0;
    }

    /** The delimiter a line holds most of, outside double quotes; 0 when it holds none. */
    static char delimiterOf(String line) {
        char best = 0;
        int most = 0;
        for (char d : DELIMITERS) {
            int count = 0;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
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
}
