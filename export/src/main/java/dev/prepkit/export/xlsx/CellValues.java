package dev.prepkit.export.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;

/** Reads a cell's content as text, whatever its type. */
final class CellValues {

    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    /**
     * The cell's text: a string as written (line breaks as {@code \n}); a number, date or boolean as shown; a
     * formula's last computed value; the empty string for a missing, blank or error cell.
     */
    String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
            if (type == CellType.STRING) {
                return normalize(cell.getStringCellValue());
            }
            if (type == CellType.NUMERIC) {
                return formatter.formatRawCellContents(cell.getNumericCellValue(),
                        cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            }
            if (type == CellType.BOOLEAN) {
                return Boolean.toString(cell.getBooleanCellValue());
            }
            return "";
        }
        return switch (type) {
            case STRING -> normalize(cell.getStringCellValue());
            case NUMERIC, BOOLEAN -> formatter.formatCellValue(cell);
            default -> "";
        };
    }

    private static String normalize(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** {@code Questions!F12} for 0-based row 11, column 5. */
    static String ref(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }
}
