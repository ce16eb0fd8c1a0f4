package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * A write-only shared-strings table part of plain strings, kept in a {@link StringTable}. POI's own table keeps
 * every string as an XmlBeans object and keys it by its serialised XML, which for a large sheet costs gigabytes
 * and most of the run time.
 *
 * <p>With {@link #defer()}, the part written into the workbook is an empty table and {@link StreamingWorkbook}
 * writes the real one straight into the final file, so the table is compressed once.
 */
final class SharedStrings extends SharedStringsTable {

    /** Plugs this table into every workbook created with {@code new XSSFWorkbook(SharedStrings.FACTORY)}. */
    static final XSSFFactory FACTORY = new XSSFFactory() {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.SHARED_STRINGS ? new SharedStrings() : super.newDocumentPart(descriptor);
        }
    };

    private final StringTable table = new StringTable();
    private boolean deferred;

    /** The strings. */
    StringTable table() {
        return table;
    }

    /** From now on the workbook part is written empty; the caller writes the table with {@link #writeTo}. */
    void defer() {
        deferred = true;
    }

    /**
     * Puts the strings of another table before the workbook's own and renumbers the workbook's shared-string cells
     * to match (the cells of its in-memory sheets; a streamed sheet has written none yet).
     *
     * @param wb the workbook whose table this is
     * @param first the strings that come first, with their indices; left empty
     */
    void prepend(XSSFWorkbook wb, StringTable first) {
        int[] moved = table.prepend(first);
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    CTCell ct = ((XSSFCell) cell).getCTCell();
                    if (ct.isSetT() && ct.getT() == STCellType.S && ct.isSetV()) {
                        ct.setV(Integer.toString(moved[Integer.parseInt(ct.getV())]));
                    }
                }
            }
        }
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        if (string instanceof XSSFRichTextString x) {
            if (x.hasFormatting()) {
                throw new UnsupportedOperationException("formatted text is not supported");
            }
            return table.add(x.getCTRst().isSetT() ? x.getCTRst().getT() : "");
        }
        return table.add(string.getString());
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(table.get(idx));
    }

    @Override
    public int getCount() {
        return table.uses();
    }

    @Override
    public int getUniqueCount() {
        return table.size();
    }

    @Override
    public List<RichTextString> getSharedStringItems() {
        List<RichTextString> out = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            out.add(new XSSFRichTextString(table.get(i)));
        }
        return out;
    }

    @Override
    public void readFrom(InputStream is) {
        throw new UnsupportedOperationException("write-only table");
    }

    /** Writes the whole table; the stream is flushed, not closed. */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        table.writeXml(out);
    }

    @Override
    protected void commit() throws IOException {
        try (OutputStream out = getPackagePart().getOutputStream()) {
            if (deferred) {
                out.write(StringTable.emptyXml());
            } else {
                writeTo(out);
            }
        }
    }

    @Override
    public void close() {
    }
}
