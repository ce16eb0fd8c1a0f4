package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers to read and edit exported workbooks with plain POI (XSSF), as a curator's tool would. */
final class Workbooks {

    private static final DataFormatter FORMAT = new DataFormatter();

    private Workbooks() {
    }

    /** Opens a workbook in memory (the file is not kept open). */
    static XSSFWorkbook open(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens {@code in}, applies the edit and saves the result to {@code out} through plain XSSF. */
    static Path rewrite(Path in, Path out, Consumer<XSSFWorkbook> edit) {
        try (XSSFWorkbook wb = open(in)) {
            edit.accept(wb);
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Header text to 0-based column index. */
    static Map<String, Integer> headers(Sheet sheet) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Cell c : sheet.getRow(0)) {
            out.put(FORMAT.formatCellValue(c), c.getColumnIndex());
        }
        return out;
    }

    /** The text of the cell of a row under a header. */
    static String cell(Sheet sheet, int row, String header) {
        Row r = sheet.getRow(row);
        return r == null ? "" : FORMAT.formatCellValue(r.getCell(headers(sheet).get(header)));
    }

    /** Sets the text of the cell of a row under a header. */
    static void set(Sheet sheet, int row, String header, String value) {
        int c = headers(sheet).get(header);
        Row r = sheet.getRow(row);
        Cell cell = r.getCell(c) == null ? r.createCell(c) : r.getCell(c);
        // XSSF quirk: setting an inline-string cell adds a <v> and keeps the old <is> text; clear the cell first.
        cell.setBlank();
        cell.setCellValue(value);
    }

    /** The 0-based row of the question with this ID, or -1. */
    static int rowOf(Sheet sheet, String id) {
        int c = headers(sheet).get("ID");
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && id.equals(FORMAT.formatCellValue(sheet.getRow(r).getCell(c)))) {
                return r;
            }
        }
        return -1;
    }

    /** Every row's cell texts, the header first. */
    static List<List<String>> table(Sheet sheet) {
        List<List<String>> out = new ArrayList<>();
        int width = sheet.getRow(0).getLastCellNum();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Row x = sheet.getRow(r);
                row.add(x == null ? "" : FORMAT.formatCellValue(x.getCell(c)));
            }
            out.add(row);
        }
        return out;
    }

    /** Writes a table (header first) over the sheet's cells, as strings. */
    static void fill(Sheet sheet, List<List<String>> table) {
        for (int r = 0; r < table.size(); r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            for (int c = 0; c < table.get(r).size(); c++) {
                Cell cell = row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
                String v = table.get(r).get(c);
                cell.setBlank();
                if (!v.isEmpty()) {
                    cell.setCellValue(v);
                }
            }
        }
    }

    /** Sorts the data rows in reverse order, keeping the header, as a curator sorting a column would. */
    static void reverseRows(Sheet sheet) {
        List<List<String>> table = table(sheet);
        List<List<String>> out = new ArrayList<>();
        out.add(table.get(0));
        for (int r = table.size() - 1; r >= 1; r--) {
            out.add(table.get(r));
        }
        fill(sheet, out);
    }

    /** Moves the columns into the given header order (all headers must be named). */
    static void reorderColumns(Sheet sheet, List<String> order) {
        List<List<String>> table = table(sheet);
        List<String> header = table.get(0);
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : table) {
            List<String> moved = new ArrayList<>();
            for (String h : order) {
                moved.add(row.get(header.indexOf(h)));
            }
            out.add(moved);
        }
        fill(sheet, out);
    }
}
