package dev.prepkit.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes small tables to an in-memory sheet and tracks each column's widest text, so that widths are computed
 * from the content (no font metrics, so the same on every machine).
 */
final class TableWriter {

    private static final int MIN_WIDTH = 8;

    private final XSSFSheet sheet;
    private final SheetStyles styles;
    private final int maxWidth;
    private final int[] longest = new int[64];
    private int next;

    /**
     * @param sheet the sheet to write to; never null
     * @param styles the workbook's styles; never null
     * @param maxWidth the widest a column gets, in characters
     */
    TableWriter(XSSFSheet sheet, SheetStyles styles, int maxWidth) {
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
        XSSFRow row = sheet.createRow(next++);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** Writes a header row. */
    void header(List<String> headers) {
        XSSFRow row = sheet.createRow(next++);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            measure(c, headers.get(c));
        }
    }

    /**
     * Writes a data row: a {@link Number} becomes a numeric cell, anything else a string cell (null: empty).
     * The caller has checked that no text is longer than a cell holds.
     */
    void row(List<?> values) {
        XSSFRow row = sheet.createRow(next++);
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.wrap);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
                measure(c, v.toString());
            } else if (v != null && !v.toString().isEmpty()) {
                cell.setCellValue(v.toString());
                measure(c, v.toString());
            }
        }
    }

    /**
     * Landscape, one page wide, page numbers in the footer; with {@code repeatHeader} the first row is printed on
     * every page.
     */
    static void printSetup(XSSFSheet sheet, boolean repeatHeader) {
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
     * Sets the widths of the first {@code columns} columns from the widest text written to them, and the
     * height of each data row whose text wraps.
     */
    void fitColumns(int columns) {
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(MIN_WIDTH, Math.min(maxWidth, (c < longest.length ? longest[c] : 0) + 2));
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        for (int r = 0; r < next; r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            int lines = 1;
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < columns && cell.getCellStyle().getWrapText()
                        && cell.getCellType() == CellType.STRING) {
                    lines = Math.max(lines, CellText.wrappedLines(cell.getStringCellValue(), widths[c]));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(409f, lines * 15f));
            }
        }
    }
}
