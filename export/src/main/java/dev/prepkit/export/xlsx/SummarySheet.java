package dev.prepkit.export.xlsx;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Question;
import dev.prepkit.model.Taxonomy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The {@code Summary} sheet: counts by difficulty, by company and difficulty, by round, by category, the most
 * used tags, and a bar chart of questions by difficulty.
 */
final class SummarySheet {

    /** Label of questions without a difficulty. */
    static final String UNRATED = "unrated";
    /** Label of questions without a round or category. */
    static final String NONE = "(none)";
    /** How many tags the top-tags table lists. */
    static final int TOP_TAGS = 15;

    static final String BY_DIFFICULTY = "Questions by difficulty";
    static final String BY_COMPANY = "Questions by company and difficulty";
    static final String BY_ROUND = "Questions by round";
    static final String BY_CATEGORY = "Questions by category";
    static final String TOP_TAGS_TITLE = "Top tags";

    private static final int CHART_FIRST_COLUMN = 7;
    /** Bar colours of easy, medium, hard and unrated: green, amber, red, grey. */
    private static final List<String> BAR_COLOURS = List.of("70AD47", "FFC000", "C00000", "A5A5A5");

    private SummarySheet() {
    }

    /**
     * Writes the sheet.
     *
     * @param sheet an empty in-memory sheet; never null
     * @param rows the exported rows; never null
     * @param guides how many guides the bank holds
     * @param taxonomy the taxonomy, to count aliases under their canonical tag; never null
     * @param options the export options; never null
     * @param styles the workbook's styles; never null
     */
    static void write(XSSFSheet sheet, List<QuestionRow> rows, int guides, Taxonomy taxonomy, SheetOptions options,
            SheetStyles styles) throws IOException {
        TableWriter t = new TableWriter(sheet, styles, 40);
        t.label(options.title(), styles.title);
        t.label(rows.size() + " questions from " + guides + " guides; content of " + options.contentDate(),
                styles.body);
        t.skip(1);

        List<String> levels = new ArrayList<>();
        Arrays.stream(Difficulty.values()).forEach(d -> levels.add(d.label()));
        levels.add(UNRATED);

        Map<String, Integer> byLevel = new LinkedHashMap<>();
        levels.forEach(l -> byLevel.put(l, 0));
        Map<String, Map<String, Integer>> byCompany = new TreeMap<>();
        Map<String, Integer> byRound = new TreeMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        Map<String, Integer> byTag = new TreeMap<>();
        // One pass over the rows; a tag's canonical name is looked up once per distinct tag text.
        Map<String, String> canonical = new HashMap<>();
        List<String> rowTags = new ArrayList<>();
        for (QuestionRow row : rows) {
            Question q = row.entry().question();
            String level = q.difficulty() == null ? UNRATED : CellText.label(q.difficulty());
            byLevel.merge(level, 1, Integer::sum);
            byCompany.computeIfAbsent(blankToNone(row.entry().guide().company()), k -> new LinkedHashMap<>())
                    .merge(level, 1, Integer::sum);
            byRound.merge(blankToNone(q.round()), 1, Integer::sum);
            byCategory.merge(blankToNone(q.category()), 1, Integer::sum);
            rowTags.clear();
            for (String tag : q.tags()) {
                String name = canonical.computeIfAbsent(tag,
                        k -> taxonomy.canonicalForAlias(k).map(Taxonomy.Tag::name).orElse(k));
                if (!rowTags.contains(name)) {
                    rowTags.add(name);
                    byTag.merge(name, 1, Integer::sum);
                }
            }
        }

        t.label(BY_DIFFICULTY, styles.section);
        t.header(List.of("Difficulty", "Questions"));
        int chartFirst = t.nextRow();
        byLevel.forEach((level, n) -> t.row(List.of(level, n)));
        int chartLast = t.nextRow() - 1;
        t.skip(1);

        t.label(BY_COMPANY, styles.section);
        List<String> head = new ArrayList<>();
        head.add("Company");
        head.addAll(levels);
        head.add("Total");
        t.header(head);
        byCompany.forEach((company, counts) -> {
            List<Object> values = new ArrayList<>();
            values.add(company);
            int total = 0;
            for (String l : levels) {
                int n = counts.getOrDefault(l, 0);
                values.add(n);
                total += n;
            }
            values.add(total);
            t.row(values);
        });
        t.skip(1);

        counts(t, BY_ROUND, "Round", byRound, Integer.MAX_VALUE, styles);
        counts(t, BY_CATEGORY, "Category", byCategory, Integer.MAX_VALUE, styles);
        counts(t, TOP_TAGS_TITLE, "Tag", byTag, TOP_TAGS, styles);
        t.fitColumns(head.size());
        TableWriter.printSetup(sheet, false);

        chart(sheet, chartFirst, chartLast);
    }

    /** A two-column table, most frequent first, ties by name. */
    private static void counts(TableWriter t, String title, String label, Map<String, Integer> counts, int limit,
            SheetStyles styles) {
        t.label(title, styles.section);
        t.header(List.of(label, "Questions"));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(e -> t.row(List.of(e.getKey(), e.getValue())));
        t.skip(1);
    }

    private static byte[] bytes(String rgbHex) {
        int rgb = Integer.parseInt(rgbHex, 16);
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    private static String blankToNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    /** A native bar chart of the by-difficulty table (rows {@code first..last}, columns A and B). */
    private static void chart(XSSFSheet sheet, int first, int last) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, 2, CHART_FIRST_COLUMN + 8, 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(BY_DIFFICULTY);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle("Difficulty");
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle("Questions");
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle("Questions", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes(BAR_COLOURS.get(0)))));
        for (int i = 0; i <= last - first && i < BAR_COLOURS.size(); i++) {
            series.getDataPoint(i)
                    .setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(bytes(BAR_COLOURS.get(i)))));
        }
        chart.plot(data);
    }
}
