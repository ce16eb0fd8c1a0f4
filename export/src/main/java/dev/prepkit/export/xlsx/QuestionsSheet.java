package dev.prepkit.export.xlsx;

import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.Header;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

/** Streams the {@code Questions} sheet: header, rows, and the sheet's validations, formats and print setup. */
final class QuestionsSheet {

    /** Height of one line of 11-point text, in points. */
    private static final float LINE_HEIGHT = 15f;
    /** The tallest row Excel allows, in points. */
    private static final float MAX_ROW_HEIGHT = 409f;
    /** The least height of a row of a coach's sheet, in lines. */
    private static final int COACH_LINES = 2;
    /** Longest title shown in the printed page header. */
    private static final int HEADER_TITLE_LENGTH = 80;

    /**
     * The fill and font colour of a difficulty level's cells.
     *
     * @param level the difficulty label
     * @param fill the fill colour, six hex digits
     * @param font the font colour, six hex digits
     */
    record LevelColour(String level, String fill, String font) {
    }

    /** Excel's "good", "neutral" and "bad" colours for easy, medium and hard. */
    static final List<LevelColour> LEVEL_COLOURS = List.of(
            new LevelColour("easy", "C6EFCE", "006100"),
            new LevelColour("medium", "FFEB9C", "9C5700"),
            new LevelColour("hard", "FFC7CE", "9C0006"));

    private QuestionsSheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param sheet an empty streaming sheet; never null
     * @param columns the column layout; never null
     * @param rows the rows, in order; never null
     * @param styles the workbook's styles; never null
     * @param title the workbook's title, for the printed page header; never null
     */
    static void write(SXSSFSheet sheet, List<QuestionColumn> columns, List<QuestionRow> rows, SheetStyles styles,
            String title) {
        int[] widths = widths(columns, rows);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
        }
        for (int r = 0; r < rows.size(); r++) {
            QuestionRow data = rows.get(r);
            Row row = sheet.createRow(r + 1);
            // A coach's sheet leaves room to write in Interviewer notes.
            int lines = columns.contains(QuestionColumn.INTERVIEWER_NOTES) ? COACH_LINES : 1;
            for (int c = 0; c < columns.size(); c++) {
                QuestionColumn column = columns.get(c);
                String text = data.text(column);
                Cell cell = row.createCell(c);
                if (!text.isEmpty()) {
                    // setCellValue(String) always makes a string cell: "=..." is text, never a formula.
                    cell.setCellValue(text);
                }
                cell.setCellStyle(column.wrap() ? styles.wrap : styles.body);
                if (column.wrap()) {
                    lines = Math.max(lines, CellText.wrappedLines(text, widths[c]));
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT));
            }
        }
        int lastRow = Math.max(1, rows.size());
        int lastColumn = columns.size() - 1;
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rows.size(), 0, lastColumn));
        sheet.setColumnHidden(columns.indexOf(QuestionColumn.HASH), true);

        DataValidationHelper dv = sheet.getDataValidationHelper();
        list(sheet, dv, SheetNames.DIFFICULTY_LIST, columns.indexOf(QuestionColumn.DIFFICULTY), lastRow,
                "Difficulty", "Pick easy, medium or hard.");
        if (columns.contains(QuestionColumn.ASKED)) {
            list(sheet, dv, SheetNames.ASKED_LIST, columns.indexOf(QuestionColumn.ASKED), lastRow, "Asked",
                    "Pick yes or no.");
            list(sheet, dv, SheetNames.SCORE_LIST, columns.indexOf(QuestionColumn.SCORE), lastRow, "Score",
                    "Pick a score from 1 to 4.");
        }
        levelColours(sheet, columns.indexOf(QuestionColumn.DIFFICULTY), lastRow);
        printSetup(sheet, title);
    }

    /** Each column's width in characters: its longest line (header included), within the column's limits. */
    static int[] widths(List<QuestionColumn> columns, List<QuestionRow> rows) {
        int[] widths = new int[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            QuestionColumn column = columns.get(c);
            int longest = column.header().length();
            for (QuestionRow row : rows) {
                longest = Math.max(longest, CellText.longestLine(row.text(column)));
            }
            widths[c] = Math.max(column.minWidth(), Math.min(column.maxWidth(), longest + 2));
        }
        return widths;
    }

    private static void list(SXSSFSheet sheet, DataValidationHelper dv, String listName, int column, int lastRow,
            String title, String prompt) {
        DataValidation v = dv.createValidation(dv.createFormulaListConstraint(listName),
                new CellRangeAddressList(1, lastRow, column, column));
        // For XSSF, "suppress" writes showDropDown="0", which is what makes Excel show the arrow.
        v.setSuppressDropDownArrow(true);
        v.setEmptyCellAllowed(true);
        v.setShowErrorBox(true);
        v.createErrorBox(title, prompt);
        v.setShowPromptBox(false);
        sheet.addValidationData(v);
    }

    private static void levelColours(SXSSFSheet sheet, int column, int lastRow) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule[] rules = new ConditionalFormattingRule[LEVEL_COLOURS.size()];
        for (int i = 0; i < rules.length; i++) {
            LevelColour level = LEVEL_COLOURS.get(i);
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                    "\"" + level.level() + "\"");
            XSSFPatternFormatting fill = (XSSFPatternFormatting) rule.createPatternFormatting();
            fill.setFillBackgroundColor(SheetStyles.color(level.fill()));
            fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            XSSFFontFormatting font = (XSSFFontFormatting) rule.createFontFormatting();
            font.setFontColor(SheetStyles.color(level.font()));
            rules[i] = rule;
        }
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, lastRow, column, column)}, rules);
    }

    private static void printSetup(SXSSFSheet sheet, String title) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(true);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        Header header = sheet.getHeader();
        header.setLeft(headerText(title));
        Footer footer = sheet.getFooter();
        footer.setCenter("Page &P of &N");
    }

    /** The title for a page header: {@code &} doubled (a literal ampersand), cut to a short line. */
    static String headerText(String title) {
        String t = title.length() > HEADER_TITLE_LENGTH ? title.substring(0, HEADER_TITLE_LENGTH - 1) + "\u2026"
                : title;
        return t.replace("&", "&&");
    }
}
