package dev.prepkit.export.xlsx;

import dev.prepkit.model.Difficulty;
import java.util.List;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hidden {@code Lists} sheet: the values of the drop-down lists, each column under a defined name that the
 * data validations refer to.
 */
final class ListsSheet {

    /** The values of the Asked drop-down. */
    static final List<String> ASKED = List.of("yes", "no");
    /** The values of the Score drop-down. */
    static final List<Integer> SCORES = List.of(1, 2, 3, 4);

    private ListsSheet() {
    }

    /** Fills the sheet, defines the list names and hides the sheet. */
    static void write(XSSFWorkbook wb, XSSFSheet sheet, SheetStyles styles) {
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue("Difficulty");
        head.createCell(1).setCellValue("Asked");
        head.createCell(2).setCellValue("Score");
        for (int i = 0; i < 3; i++) {
            head.getCell(i).setCellStyle(styles.header);
        }
        Difficulty[] levels = Difficulty.values();
        int rows = Math.max(levels.length, Math.max(ASKED.size(), SCORES.size()));
        for (int r = 0; r < rows; r++) {
            Row row = sheet.createRow(r + 1);
            if (r < levels.length) {
                row.createCell(0).setCellValue(levels[r].label());
            }
            if (r < ASKED.size()) {
                row.createCell(1).setCellValue(ASKED.get(r));
            }
            if (r < SCORES.size()) {
                row.createCell(2).setCellValue(SCORES.get(r));
            }
        }
        define(wb, SheetNames.DIFFICULTY_LIST, "$A$2:$A$" + (levels.length + 1));
        define(wb, SheetNames.ASKED_LIST, "$B$2:$B$" + (ASKED.size() + 1));
        define(wb, SheetNames.SCORE_LIST, "$C$2:$C$" + (SCORES.size() + 1));
        wb.setSheetVisibility(wb.getSheetIndex(sheet), SheetVisibility.HIDDEN);
    }

    private static void define(XSSFWorkbook wb, String name, String range) {
        Name n = wb.createName();
        n.setNameName(name);
        n.setRefersToFormula(SheetNames.LISTS + "!" + range);
    }
}
