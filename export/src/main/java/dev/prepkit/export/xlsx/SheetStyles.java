package dev.prepkit.export.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.DefaultIndexedColorMap;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of one workbook, created once and shared by its sheets. */
final class SheetStyles {

    /** Header fill: a light blue-grey. */
    static final String HEADER_FILL = "D9E1F2";

    final XSSFCellStyle header;
    final XSSFCellStyle body;
    final XSSFCellStyle wrap;
    final XSSFCellStyle title;
    final XSSFCellStyle section;

    SheetStyles(XSSFWorkbook wb) {
        XSSFFont bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(color(HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        body = wb.createCellStyle();
        body.setVerticalAlignment(VerticalAlignment.TOP);

        wrap = wb.createCellStyle();
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setWrapText(true);

        XSSFFont big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title = wb.createCellStyle();
        title.setFont(big);

        XSSFFont medium = wb.createFont();
        medium.setBold(true);
        medium.setFontHeightInPoints((short) 12);
        section = wb.createCellStyle();
        section.setFont(medium);
    }

    /** An RGB colour from six hex digits. */
    static XSSFColor color(String rgbHex) {
        int rgb = Integer.parseInt(rgbHex, 16);
        return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb},
                new DefaultIndexedColorMap());
    }
}
