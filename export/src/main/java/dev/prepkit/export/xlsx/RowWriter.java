package dev.prepkit.export.xlsx;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF's writer of a sheet's rows to its temporary file ("row file"), with a fast path for string and blank
 * cells: the string goes straight to a {@link StringTable} instead of through an XmlBeans rich-text object per
 * cell, and the XML through an unsynchronised {@link Utf8Writer}. The XML is the same as POI's:
 * {@code <c r="B7" s="2" t="s"><v>41</v></c>}; other cell types are written by POI. {@link #writeRow} writes a
 * whole row of such cells without SXSSF row and cell objects.
 */
final class RowWriter extends SheetDataWriter {

    private final StringTable strings;
    /** The writer of the row file; set from the super constructor (see createWriter), so not final. */
    private Utf8Writer utf8;
    /** By column, the string last written by {@link #writeRow} and its index in the table. */
    private final String[] lastText = new String[64];
    private final int[] lastIndex = new int[64];
    /** Column letters by index, for the cell references. */
    private final String[] letters = new String[64];

    /**
     * @param strings the table the strings of the cells go to; never null
     * @throws IOException when the row file cannot be created
     */
    RowWriter(StringTable strings) throws IOException {
        // POI's own cell writing, used for cells other than string and blank ones, needs no table.
        super((SharedStringsTable) null);
        this.strings = strings;
    }

    @Override
    public Writer createWriter(File fd) throws IOException {
        FileOutputStream fos = new FileOutputStream(fd);
        try {
            utf8 = new Utf8Writer(decorateOutputStream(fos), 1 << 16);
            return utf8;
        } catch (IOException | RuntimeException e) {
            fos.close();
            throw e;
        }
    }

    @Override
    public void writeCell(int column, Cell cell) throws IOException {
        if (cell == null) {
            return;
        }
        CellType type = cell.getCellType();
        if (type != CellType.STRING && type != CellType.BLANK) {
            super.writeCell(column, cell);
            return;
        }
        Writer out = _out;
        out.write("<c r=\"");
        out.write(letters(column));
        out.write(Integer.toString(cell.getRowIndex() + 1));
        out.write('"');
        int style = cell.getCellStyle().getIndex() & 0xffff;
        if (style != 0) {
            out.write(" s=\"");
            out.write(Integer.toString(style));
            out.write('"');
        }
        if (type == CellType.STRING) {
            out.write(" t=\"s\"><v>");
            out.write(Integer.toString(strings.add(cell.getStringCellValue())));
            out.write("</v></c>");
        } else {
            out.write("></c>");
        }
    }

    /**
     * Writes a row of string and blank cells straight to the file, with the XML that {@code writeRow} writes for
     * the same SXSSF row.
     *
     * @param rowIndex the 0-based row index
     * @param height the row height in points, or 0 for the default
     * @param texts each cell's text; an empty text gives a blank cell
     * @param styles each cell's style index
     */
    void writeRow(int rowIndex, float height, String[] texts, int[] styles) throws IOException {
        Utf8Writer out = utf8;
        int r = rowIndex + 1;
        out.write("<row r=\"");
        out.writeInt(r);
        out.write('"');
        if (height > 0) {
            out.write(" customHeight=\"1\" ht=\"");
            out.write(Float.toString(height));
            out.write('"');
        }
        out.write(">\n");
        for (int c = 0; c < texts.length; c++) {
            out.write("<c r=\"");
            out.write(letters(c));
            out.writeInt(r);
            out.write('"');
            if (styles[c] != 0) {
                out.write(" s=\"");
                out.writeInt(styles[c]);
                out.write('"');
            }
            String text = texts[c];
            if (text.isEmpty()) {
                out.write("></c>");
            } else {
                int index;
                if (c < lastText.length && text == lastText[c]) {
                    // The same string as the row above (the company, the round, ...): no need to look it up.
                    index = lastIndex[c];
                    strings.countUse();
                } else {
                    index = strings.add(text);
                    if (c < lastText.length) {
                        lastText[c] = text;
                        lastIndex[c] = index;
                    }
                }
                out.write(" t=\"s\"><v>");
                out.writeInt(index);
                out.write("</v></c>");
            }
        }
        out.write("</row>\n");
    }

    /** Closes the row file and deletes it; for rows that will not be written into a workbook. */
    void discard() throws IOException {
        try {
            close();
        } finally {
            File fd = getTempFile();
            if (fd != null) {
                Files.deleteIfExists(fd.toPath());
            }
        }
    }

    private String letters(int column) {
        if (column < letters.length) {
            String s = letters[column];
            if (s == null) {
                s = CellReference.convertNumToColString(column);
                letters[column] = s;
            }
            return s;
        }
        return CellReference.convertNumToColString(column);
    }
}
