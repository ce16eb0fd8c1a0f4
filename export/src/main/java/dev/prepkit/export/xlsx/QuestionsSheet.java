package dev.prepkit.export.xlsx;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PatternFormatting;
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
     * The cell texts of the rows, computed once, with what writing them needs to know of the whole bank: the
     * column widths (from the longest texts) and each row's height. Computed before the workbook is needed, so
     * possibly while the rest of it is built.
     *
     * @param columns the column layout
     * @param widths each column's width in characters
     * @param texts each row's cell texts, by column; empty for an empty cell
     * @param heights each row's height in points, 0 for the default height
     */
    record Layout(List<QuestionColumn> columns, int[] widths, String[][] texts, float[] heights) {
    }

    /**
     * Computes the cell texts (the hash included), the column widths (each column's longest line, header
     * included, within the column's limits) and the row heights (wrapped lines at those widths).
     *
     * @param columns the column layout; never null
     * @param rows the rows, in order; never null
     */
    static Layout layout(List<QuestionColumn> columns, List<QuestionRow> rows) {
        int n = columns.size();
        QuestionColumn[] cols = columns.toArray(new QuestionColumn[0]);
        int[] longest = new int[n];
        boolean[] measured = new boolean[n];
        for (int c = 0; c < n; c++) {
            longest[c] = cols[c].header().length();
            // A fixed width needs no measuring.
            measured[c] = cols[c].minWidth() != cols[c].maxWidth();
        }
        // Equal tag lists share one string, so that the rows keep no copies.
        Map<String, String> tagLists = new HashMap<>();
        String[][] texts = new String[rows.size()][];
        for (int r = 0; r < texts.length; r++) {
            QuestionRow row = rows.get(r);
            String[] t = new String[n];
            for (int c = 0; c < n; c++) {
                String text = row.text(cols[c]);
                if (cols[c] == QuestionColumn.TAGS) {
                    String known = tagLists.putIfAbsent(text, text);
                    text = known == null ? text : known;
                }
                t[c] = text;
                if (measured[c]) {
                    longest[c] = Math.max(longest[c], CellText.longestLine(text));
                }
            }
            texts[r] = t;
        }
        int[] widths = new int[n];
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(cols[c].minWidth(), Math.min(cols[c].maxWidth(), longest[c] + 2));
        }
        // A coach's sheet leaves room to write in Interviewer notes.
        int minLines = columns.contains(QuestionColumn.INTERVIEWER_NOTES) ? COACH_LINES : 1;
        float[] heights = new float[texts.length];
        for (int r = 0; r < texts.length; r++) {
            int lines = minLines;
            for (int c = 0; c < n; c++) {
                if (cols[c].wrap()) {
                    lines = Math.max(lines, CellText.wrappedLines(texts[r][c], widths[c]));
                }
            }
            heights[r] = lines > 1 ? Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT) : 0f;
        }
        return new Layout(columns, widths, texts, heights);
    }

    /**
     * Writes the header and the rows to a row file, which SXSSF puts into the sheet's {@code sheetData} when the
     * workbook is written. The cells are all string or blank cells, written with the XML SXSSF writes for them;
     * going around SXSSF's row and cell objects saves twelve objects per question, and the rows can be written
     * before the workbook exists.
     *
     * @param out the row file; closed when done
     * @param layout the rows' texts and heights; never null
     * @param header the header style's index
     * @param body the index of the style of cells that do not wrap
     * @param wrap the index of the style of cells that wrap
     * @throws IOException when the row file cannot be written
     */
    static void writeRows(RowWriter out, Layout layout, int header, int body, int wrap) throws IOException {
        List<QuestionColumn> columns = layout.columns();
        int n = columns.size();
        String[] headers = new String[n];
        int[] headerStyle = new int[n];
        int[] style = new int[n];
        for (int c = 0; c < n; c++) {
            headers[c] = columns.get(c).header();
            headerStyle[c] = header;
            style[c] = columns.get(c).wrap() ? wrap : body;
        }
        out.writeRow(0, 0f, headers, headerStyle);
        String[][] texts = layout.texts();
        for (int r = 0; r < texts.length; r++) {
            // An empty text gives a blank cell; any other text a string cell: "=..." is text, never a formula.
            out.writeRow(r + 1, layout.heights()[r], texts[r], style);
        }
        out.close();
    }

    /**
     * Sets up the sheet whose rows {@link #writeRows} wrote: widths, frozen header, filter, hidden hash column,
     * drop-down lists, colours and print setup.
     *
     * @param sheet the streaming sheet, without rows of its own; never null
     * @param layout the rows' texts and widths; never null
     * @param title the workbook's title, for the printed page header; never null
     */
    static void setUp(SXSSFSheet sheet, Layout layout, String title) {
        List<QuestionColumn> columns = layout.columns();
        int n = columns.size();
        int rowCount = layout.texts().length;
        for (int c = 0; c < n; c++) {
            sheet.setColumnWidth(c, layout.widths()[c] * 256);
        }
        // SXSSF cannot derive the extent of rows it did not write itself.
        sheet.getWorkbook().getXSSFWorkbook().getSheet(sheet.getSheetName())
                .setDimensionOverride(new CellRangeAddress(0, rowCount, 0, n - 1));

        int lastRow = Math.max(1, rowCount);
        int lastColumn = columns.size() - 1;
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, rowCount, 0, lastColumn));
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
        TableWriter.printSetup(sheet, true);
        sheet.setPrintGridlines(true);
        sheet.getHeader().setLeft(headerText(title));
    }

    /** The title for a page header: {@code &} doubled (a literal ampersand), cut to a short line. */
    static String headerText(String title) {
        String t = title.length() > HEADER_TITLE_LENGTH ? title.substring(0, HEADER_TITLE_LENGTH - 1) + "\u2026"
                : title;
        return t.replace("&", "&&");
    }
}
