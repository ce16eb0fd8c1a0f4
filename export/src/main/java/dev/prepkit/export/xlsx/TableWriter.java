package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes small tables to a sheet and tracks each column's widest text, so that widths are computed from the
 * content (no font metrics, so the same on every machine). The rows are kept until {@link #fitColumns}, which
 * writes them with the final widths and row heights, so the sheet may be a streaming one.
 */
final class TableWriter {

    private static final int MIN_WIDTH = 8;

    /**
     * A row to write.
     *
     * @param index the 0-based row index
     * @param values the cell values: a {@link Number} is a numeric cell, a non-empty string a string cell,
     *     anything else an empty cell
     * @param style the style of every cell
     * @param keepEmpty whether an empty string is written as a string cell (labels and headers) rather than left
     *     empty
     */
    private record Pending(int index, List<?> values, CellStyle style, boolean keepEmpty) {
    }

    private final Sheet sheet;
    private final SheetStyles styles;
    private final int maxWidth;
    private final int[] longest = new int[64];
    private final List<Pending> pending = new ArrayList<>();
    private int next;

    /**
     * @param sheet the sheet to write to; never null
     * @param styles the workbook's styles; never null
     * @param maxWidth the widest a column gets, in characters
     */
    TableWriter(Sheet sheet, SheetStyles styles, int maxWidth) {
        this.sheet = sheet;
        this.styles = styles;
        this.maxWidth = maxWidth;
    }

    /** The 0-based index of the next row to write. */
    int nextRow() {
        return next;
    }

    /** Leaves {@code n} empty rows. */
    void skip(int n) {
        next += n;
    }

    /** Writes a row of one cell in a style, not counted for the column width. */
    void label(String text, CellStyle style) {
        pending.add(new Pending(next++, List.of(text), style, true));
    }

    /** Writes a header row. */
    void header(List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            measure(c, headers.get(c));
        }
        pending.add(new Pending(next++, List.copyOf(headers), styles.header, true));
    }

    /**
     * Writes a data row: a {@link Number} becomes a numeric cell, anything else a string cell (null: empty).
     * The caller has checked that no text is longer than a cell holds.
     */
    void row(List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v instanceof Number || v != null && !v.toString().isEmpty()) {
                measure(c, v.toString());
            }
        }
        pending.add(new Pending(next++, new ArrayList<>(values), styles.wrap, false));
    }

    /**
     * Landscape, one page wide, page numbers in the footer; with {@code repeatHeader} the first row is printed on
     * every page.
     */
    static void printSetup(Sheet sheet, boolean repeatHeader) {
        if (repeatHeader) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setCenter("Page &P of &N");
    }

    private void measure(int column, String text) {
        if (column < longest.length) {
            longest[column] = Math.max(longest[column], CellText.longestLine(text));
        }
    }

    /**
     * Sets the widths of the first {@code columns} columns from the widest text written to them, and writes the
     * rows, each row whose text wraps with the height it needs.
     */
    void fitColumns(int columns) throws IOException {
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(MIN_WIDTH, Math.min(maxWidth, (c < longest.length ? longest[c] : 0) + 2));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (Pending p : pending) {
            Row row = sheet.createRow(p.index());
            boolean wrap = p.style().getWrapText();
            int lines = 1;
            for (int c = 0; c < p.values().size(); c++) {
                Object v = p.values().get(c);
                Cell cell = row.createCell(c);
                cell.setCellStyle(p.style());
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v != null && (p.keepEmpty() || !v.toString().isEmpty())) {
                    String text = v.toString();
                    cell.setCellValue(text);
                    if (wrap && c < columns) {
                        lines = Math.max(lines, CellText.wrappedLines(text, widths[c]));
                    }
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(409f, lines * 15f));
            }
        }
        if (sheet instanceof SXSSFSheet streamed && !pending.isEmpty()) {
            // Written out now, so that the rows of only one sheet are still in memory when the workbook is written
            // (see StreamingWorkbook#flushSheets); SXSSF cannot derive the extent of a flushed sheet, so it is set.
            int cells = pending.stream().mapToInt(p -> p.values().size()).max().orElse(1);
            streamed.flushRows();
            streamed.getWorkbook().getXSSFWorkbook().getSheet(streamed.getSheetName()).setDimensionOverride(
                    new CellRangeAddress(pending.get(0).index(), pending.get(pending.size() - 1).index(), 0,
                            Math.max(0, cells - 1)));
        }
        pending.clear();
    }
}
