package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSheetWriterTest {

    private static final List<String> COLUMNS = List.of("ID", "Company", "Role", "Round", "Category", "Difficulty",
            "Question", "Tags", "Source", "Notes", "Hash");
    private static final DataFormatter FORMAT = new DataFormatter();

    @TempDir
    Path dir;

    private final QuestionSheetWriter writer = new QuestionSheetWriter();

    private XSSFWorkbook export(Bank bank, SheetOptions options) throws IOException {
        Path file = dir.resolve("sheet.xlsx");
        writer.write(bank, TestBanks.taxonomy(), options, file);
        return Workbooks.open(file);
    }

    private XSSFWorkbook sample() throws IOException {
        return export(TestBanks.sample(), TestBanks.options());
    }

    @Test
    void writesOneRowPerActiveQuestionWithTheColumnsInOrder() throws IOException {
        SheetResult result = writer.write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.options(),
                dir.resolve("sheet.xlsx"));
        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.findings()).isEmpty();
        try (XSSFWorkbook wb = Workbooks.open(dir.resolve("sheet.xlsx"))) {
            Sheet s = wb.getSheet("Questions");
            assertThat(Workbooks.headers(s).keySet()).containsExactlyElementsOf(COLUMNS);
            assertThat(s.getLastRowNum()).isEqualTo(9);
            Question first = TestBanks.netflix().questions().get(0);
            assertThat(Workbooks.table(s).get(1)).containsExactly(first.id(), "Netflix", "Software Engineer",
                    "Onsite", "System Design", "hard", first.text(), "System Design, Streaming",
                    "raw/netflix/question-bank.txt:12", "Push for CDN and regional failover.", QuestionHash.of(first));
            String removed = TestBanks.netflix().questions().get(5).id();
            assertThat(Workbooks.rowOf(s, removed)).isEqualTo(-1);
            int acme = Workbooks.rowOf(s, TestBanks.acme().questions().get(1).id());
            assertThat(Workbooks.cell(s, acme, "Role")).isEmpty();
            assertThat(Workbooks.cell(s, acme, "Source")).isEmpty();
            assertThat(Workbooks.cell(s, acme, "Notes")).isEqualTo("Line one.\nLine two.");
        }
    }

    @Test
    void sheetsComeInOrderWithTheListsSheetHiddenAndQuestionsActive() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            List<String> names = new ArrayList<>();
            wb.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Questions", "Summary", "Tags", "Guides", "Lists");
            assertThat(wb.getSheetVisibility(4)).isEqualTo(SheetVisibility.HIDDEN);
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void headerRowIsBoldWithAFillAndFrozenTogetherWithTheIdColumn() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheet("Questions");
            for (Cell c : s.getRow(0)) {
                XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
                assertThat(style.getFont().getBold()).as(c.getStringCellValue()).isTrue();
                assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
                assertThat(style.getFillForegroundColorColor().getARGBHex()).isEqualTo("FF" + SheetStyles.HEADER_FILL);
            }
            assertThat(((XSSFCellStyle) s.getRow(1).getCell(0).getCellStyle()).getFont().getBold()).isFalse();
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getVerticalSplitPosition()).isEqualTo((short) 1);
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void autofilterCoversTheWholeUsedRange() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheet("Questions");
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K10");
        }
        try (XSSFWorkbook wb = export(TestBanks.sample(), TestBanks.coachOptions())) {
            assertThat(wb.getSheet("Questions").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N10");
        }
    }

    @Test
    void difficultyIsADropDownWhoseListComesFromTheHiddenListsSheet() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            List<XSSFDataValidation> validations = wb.getSheet("Questions").getDataValidations();
            assertThat(validations).hasSize(1);
            XSSFDataValidation v = validations.get(0);
            assertThat(v.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.LIST);
            assertThat(v.getValidationConstraint().getExplicitListValues()).isNull();
            assertThat(v.getValidationConstraint().getFormula1()).isEqualTo(SheetNames.DIFFICULTY_LIST);
            assertThat(v.getRegions().getCellRangeAddresses()).extracting(CellRangeAddress::formatAsString)
                    .containsExactly("F2:F10");
            assertThat(v.getSuppressDropDownArrow()).as("XSSF: true means the arrow is shown").isTrue();
            Name name = wb.getName(SheetNames.DIFFICULTY_LIST);
            assertThat(name.getRefersToFormula()).isEqualTo("Lists!$A$2:$A$4");
            Sheet lists = wb.getSheet("Lists");
            assertThat(wb.isSheetHidden(wb.getSheetIndex(lists))).isTrue();
            assertThat(Stream.of(1, 2, 3).map(r -> lists.getRow(r).getCell(0).getStringCellValue()))
                    .containsExactly("easy", "medium", "hard");
        }
    }

    @Test
    void difficultyLevelsAreColouredGreenAmberAndRedByConditionalFormatting() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            var cf = wb.getSheet("Questions").getSheetConditionalFormatting();
            assertThat(cf.getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting f = cf.getConditionalFormattingAt(0);
            assertThat(f.getFormattingRanges()).extracting(CellRangeAddress::formatAsString).containsExactly("F2:F10");
            assertThat(f.getNumberOfRules()).isEqualTo(3);
            Map<String, String> fills = new LinkedHashMap<>();
            for (int i = 0; i < 3; i++) {
                ConditionalFormattingRule rule = f.getRule(i);
                assertThat(rule.getComparisonOperation()).isEqualTo(ComparisonOperator.EQUAL);
                fills.put(rule.getFormula1(),
                        ((XSSFColor) rule.getPatternFormatting().getFillBackgroundColorColor()).getARGBHex());
            }
            assertThat(fills).containsExactly(Map.entry("\"easy\"", "FFC6EFCE"), Map.entry("\"medium\"", "FFFFEB9C"),
                    Map.entry("\"hard\"", "FFFFC7CE"));
        }
    }

    @Test
    void questionTextWrapsAndColumnWidthsFollowTheContentWithinLimits() throws IOException {
        Bank bank = new Bank(List.of(TestBanks.acme().withQuestions(List.of(TestBanks.question(TestBanks.ACME,
                "Why? ".repeat(40), Difficulty.EASY, null, null, List.of(), null, null)))));
        try (XSSFWorkbook wb = export(bank, TestBanks.options())) {
            XSSFSheet s = wb.getSheet("Questions");
            Map<String, Integer> h = Workbooks.headers(s);
            assertThat(s.getRow(1).getCell(h.get("Question")).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getColumnWidth(h.get("Question"))).isEqualTo(60 * 256);
            assertThat(s.getColumnWidth(h.get("ID"))).isEqualTo(14 * 256);
            assertThat(s.getColumnWidth(h.get("Difficulty"))).isEqualTo(12 * 256);
            assertThat(s.getColumnWidth(h.get("Company"))).isEqualTo(11 * 256);
            assertThat(s.getRow(1).getHeightInPoints()).as("200 characters in 60: 4 lines").isEqualTo(60f);
        }
    }

    @Test
    void hashColumnIsHiddenAndHoldsTheContentHashOfEachQuestion() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheet("Questions");
            int hash = Workbooks.headers(s).get("Hash");
            assertThat(s.isColumnHidden(hash)).isTrue();
            assertThat(Workbooks.headers(s).entrySet().stream().filter(e -> s.isColumnHidden(e.getValue())))
                    .extracting(Map.Entry::getKey).containsExactly("Hash");
            for (Question q : TestBanks.sample().entries().stream().map(Bank.Entry::question).toList()) {
                assertThat(Workbooks.cell(s, Workbooks.rowOf(s, q.id()), "Hash")).matches("[0-9a-f]{16}")
                        .isEqualTo(QuestionHash.of(q));
            }
        }
        Question q = TestBanks.netflix().questions().get(0);
        assertThat(QuestionHash.of(q.withDifficulty(Difficulty.EASY))).isNotEqualTo(QuestionHash.of(q));
        assertThat(QuestionHash.of(q.withTags(List.of("Streaming")))).isNotEqualTo(QuestionHash.of(q));
    }

    @Test
    void coachVariantAddsAskedScoreAndInterviewerNotesWithDropDowns() throws IOException {
        try (XSSFWorkbook wb = export(TestBanks.sample(), TestBanks.coachOptions())) {
            XSSFSheet s = wb.getSheet("Questions");
            assertThat(Workbooks.headers(s).keySet()).containsExactly("ID", "Company", "Role", "Round", "Category",
                    "Difficulty", "Question", "Tags", "Source", "Notes", "Asked", "Score", "Interviewer notes",
                    "Hash");
            Map<String, String> lists = s.getDataValidations().stream().collect(Collectors.toMap(
                    v -> v.getRegions().getCellRangeAddresses()[0].formatAsString(),
                    v -> v.getValidationConstraint().getFormula1()));
            assertThat(lists).containsOnly(Map.entry("F2:F10", SheetNames.DIFFICULTY_LIST),
                    Map.entry("K2:K10", SheetNames.ASKED_LIST), Map.entry("L2:L10", SheetNames.SCORE_LIST));
            assertThat(wb.getName(SheetNames.ASKED_LIST).getRefersToFormula()).isEqualTo("Lists!$B$2:$B$3");
            assertThat(wb.getName(SheetNames.SCORE_LIST).getRefersToFormula()).isEqualTo("Lists!$C$2:$C$5");
            assertThat(s.getRow(2).getHeightInPoints()).as("room to write").isGreaterThanOrEqualTo(30f);
            Sheet listSheet = wb.getSheet("Lists");
            assertThat(listSheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("yes");
            assertThat(listSheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(4.0);
        }
    }

    @Test
    void coachSheetPrintsLandscapeOnePageWideWithTheHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook wb = export(TestBanks.sample(), TestBanks.coachOptions())) {
            XSSFSheet s = wb.getSheet("Questions");
            assertThat(s.getPrintSetup().getLandscape()).isTrue();
            assertThat(s.getFitToPage()).isTrue();
            assertThat(s.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(s.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(s.getRepeatingRows().getFirstRow()).isZero();
            assertThat(s.getRepeatingRows().getLastRow()).isZero();
            assertThat(s.isPrintGridlines()).isTrue();
            assertThat(s.getFooter().getCenter()).isEqualTo("Page &P of &N");
            assertThat(s.getHeader().getLeft()).isEqualTo("Interview prep && practice");
        }
    }

    @Test
    void summaryCountsQuestionsByDifficultyCompanyRoundCategoryAndTag() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            Sheet s = wb.getSheet("Summary");
            assertThat(FORMAT.formatCellValue(s.getRow(0).getCell(0))).isEqualTo("Interview prep & practice");
            assertThat(section(s, SummarySheet.BY_DIFFICULTY)).containsExactly(List.of("Difficulty", "Questions"),
                    List.of("easy", "3"), List.of("medium", "2"), List.of("hard", "3"), List.of("unrated", "1"));
            assertThat(section(s, SummarySheet.BY_COMPANY)).containsExactly(
                    List.of("Company", "easy", "medium", "hard", "unrated", "Total"),
                    List.of("Acme & Co", "2", "1", "1", "0", "4"),
                    List.of("Netflix", "1", "1", "2", "1", "5"));
            assertThat(section(s, SummarySheet.BY_ROUND)).containsExactly(List.of("Round", "Questions"),
                    List.of("(none)", "4"), List.of("Onsite", "3"), List.of("Recruiter Screen", "1"),
                    List.of("Technical Phone Screen", "1"));
            assertThat(section(s, SummarySheet.BY_CATEGORY)).startsWith(List.of("Category", "Questions"),
                    List.of("Behavioral", "2"), List.of("System Design", "2"), List.of("Coding", "1"));
            assertThat(section(s, SummarySheet.TOP_TAGS_TITLE)).as("sysdesign counts as System Design")
                    .startsWith(List.of("Tag", "Questions"), List.of("Behavioral", "2"), List.of("Streaming", "2"),
                            List.of("System Design", "2"), List.of("Algorithms", "1"));
        }
    }

    @Test
    void topTagsListsAtMostFifteenTags() throws IOException {
        try (XSSFWorkbook wb = export(TestBanks.large(40), TestBanks.options())) {
            List<List<String>> tags = section(wb.getSheet("Summary"), SummarySheet.TOP_TAGS_TITLE);
            assertThat(tags).hasSize(1 + 11);
        }
        List<Question> qs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            qs.add(TestBanks.question(TestBanks.ACME, "Question " + i, null, null, null, List.of("T" + i, "Common"),
                    null, null));
        }
        try (XSSFWorkbook wb = export(new Bank(List.of(TestBanks.acme().withQuestions(qs))), TestBanks.options())) {
            List<List<String>> tags = section(wb.getSheet("Summary"), SummarySheet.TOP_TAGS_TITLE);
            assertThat(tags).hasSize(1 + SummarySheet.TOP_TAGS);
            assertThat(tags.get(1)).containsExactly("Common", "20");
        }
    }

    @Test
    void summaryHasANativeBarChartOfQuestionsByDifficulty() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            List<XSSFChart> charts = wb.getSheet("Summary").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Questions by difficulty");
            assertThat(chart.getChartSeries()).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
            XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
            assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$6:$A$9");
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$B$6:$B$9");
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(4);
        }
    }

    @Test
    void tagsSheetListsTheTaxonomyWithParentAliasesDescriptionAndUsage() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            List<List<String>> tags = Workbooks.table(wb.getSheet("Tags"));
            assertThat(tags.get(0)).containsExactly("Tag", "Parent", "Aliases", "Description", "Questions");
            assertThat(tags).hasSize(1 + TestBanks.taxonomy().tags().size());
            assertThat(tags.get(1)).as("one question tagged System Design, one sysdesign")
                    .containsExactly("System Design", "", "sysdesign, Design", "Designing large systems.", "2");
            assertThat(tags.get(3)).containsExactly("Kafka", "Streaming", "Apache Kafka", "The Kafka log.", "1");
            assertThat(tags.get(7)).as("only on a removed question")
                    .containsExactly("Distributed Systems", "", "", "", "0");
            assertThat(wb.getSheet("Tags").getRow(0).getCell(0).getCellStyle().getFont() == null).isFalse();
        }
    }

    @Test
    void guidesSheetHasOneRowPerGuide() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            assertThat(Workbooks.table(wb.getSheet("Guides"))).containsExactly(
                    List.of("ID", "Company", "Role", "Title", "Source", "Format", "Questions", "Rounds", "Sections"),
                    List.of("netflix-software-engineer", "Netflix", "Software Engineer", "Netflix Software Engineer",
                            "raw/netflix/question-bank.txt", "question-list", "5", "3", "1"),
                    List.of("acme-data-engineer", "Acme & Co", "", "Acme data engineering", "", "", "4", "0", "0"));
        }
    }

    @Test
    void textStartingWithFormulaCharactersStaysAStringCell() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            XSSFSheet s = wb.getSheet("Questions");
            int question = Workbooks.headers(s).get("Question");
            List<String> risky = new ArrayList<>();
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
                Cell c = row.getCell(question);
                if (row.getRowNum() > 0 && "=+-@".indexOf(c.getStringCellValue().charAt(0)) >= 0) {
                    assertThat(c.getCellType()).isEqualTo(CellType.STRING);
                    risky.add(c.getStringCellValue().substring(0, 1));
                }
            }
            assertThat(risky).containsExactlyInAnyOrder("=", "+", "-", "@");
            int row = Workbooks.rowOf(s, TestBanks.acme().questions().get(0).id());
            assertThat(s.getRow(row).getCell(question).getStringCellValue())
                    .isEqualTo(TestBanks.acme().questions().get(0).text());
        }
    }

    @Test
    void textLongerThanACellHoldsIsRefusedWithAFindingNeverCut() throws IOException {
        Guide g = TestBanks.netflix();
        List<Question> qs = new ArrayList<>(g.questions());
        Question tooLong = TestBanks.question(TestBanks.NETFLIX, "x".repeat(CellText.MAX_LENGTH + 1), null, null,
                null, List.of(), null, 33);
        Question justFits = TestBanks.question(TestBanks.NETFLIX, "y".repeat(CellText.MAX_LENGTH), null, null,
                null, List.of(), null, 34);
        Question longNotes = TestBanks.question(TestBanks.NETFLIX, "Short", null, null, null, List.of(),
                "n".repeat(40_000), 35);
        qs.addAll(List.of(tooLong, justFits, longNotes));
        Bank bank = new Bank(List.of(g.withQuestions(qs)));
        Path file = dir.resolve("long.xlsx");

        SheetResult result = writer.write(bank, TestBanks.taxonomy(), TestBanks.options(), file);

        assertThat(result.rows()).isEqualTo(6);
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::location)
                .containsExactly(
                        tuple("cell-too-long", Severity.ERROR,
                                new Location("raw/netflix/question-bank.txt", 33, 0)),
                        tuple("cell-too-long", Severity.ERROR,
                                new Location("raw/netflix/question-bank.txt", 35, 0)));
        assertThat(result.findings().get(0).message()).contains(tooLong.id(), "Question (32,768 characters)",
                "32,767");
        assertThat(result.findings().get(1).message()).contains(longNotes.id(), "Notes (40,000 characters)");
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet s = wb.getSheet("Questions");
            assertThat(Workbooks.rowOf(s, tooLong.id())).isEqualTo(-1);
            assertThat(Workbooks.rowOf(s, longNotes.id())).isEqualTo(-1);
            assertThat(Workbooks.cell(s, Workbooks.rowOf(s, justFits.id()), "Question")).hasSize(CellText.MAX_LENGTH);
        }
        Guide handWritten = TestBanks.acme().withQuestions(List.of(tooLong));
        assertThat(writer.write(new Bank(List.of(handWritten)), null, TestBanks.options(), file).findings())
                .extracting(Finding::location).containsExactly(Location.file(TestBanks.ACME));
    }

    @Test
    void sameInputGivesAByteIdenticalFileWithFixedTimes() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        writer.write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.coachOptions(), first);
        Path file = dir.resolve("again.xlsx");
        writer.write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.coachOptions(), file);

        assertThat(Files.readAllBytes(file)).isEqualTo(first.toByteArray());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            assertThat(entries).extracting(ZipEntry::getName).startsWith("[Content_Types].xml")
                    .contains("xl/charts/chart1.xml", "xl/worksheets/sheet1.xml");
            assertThat(entries).extracting(ZipEntry::getTimeLocal).containsOnly(LocalDateTime.of(2026, 3, 14, 0, 0));
        }
    }

    @Test
    void documentPropertiesComeFromTheOptionsWithFixedDates() throws IOException {
        try (XSSFWorkbook wb = sample()) {
            POIXMLProperties.CoreProperties p = wb.getProperties().getCoreProperties();
            Date date = Date.from(LocalDateTime.of(2026, 3, 14, 0, 0).toInstant(ZoneOffset.UTC));
            assertThat(p.getTitle()).isEqualTo("Interview prep & practice");
            assertThat(p.getSubject()).isEqualTo("Interview questions: 9 questions from 2 guides");
            assertThat(p.getKeywords()).isEqualTo("interview questions, prepkit, Acme & Co, Netflix");
            assertThat(p.getCreator()).isEqualTo("Prepkit");
            assertThat(p.getCreated()).isEqualTo(date);
            assertThat(p.getModified()).isEqualTo(date);
        }
    }

    @Test
    void largeBanksAreStreamedAndTemporaryFilesAreRemoved() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<String> before = tempFiles(tmp);
        Path file = dir.resolve("large.xlsx");

        SheetResult result = writer.write(TestBanks.large(2_500), TestBanks.taxonomy(), TestBanks.coachOptions(),
                file);

        assertThat(result.rows()).isEqualTo(2_500);
        assertThat(tempFiles(tmp)).isEqualTo(before);
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Sheet s = wb.getSheet("Questions");
            assertThat(s.getLastRowNum()).isEqualTo(2_500);
            assertThat(Workbooks.cell(s, 2_500, "Question")).startsWith("Generated question number 2499 ");
            assertThat(wb.getSheet("Guides").getLastRowNum()).isEqualTo(5);
        }
    }

    /** SXSSF's temporary sheets (java.io.tmpdir/poifiles) and the writer's own temporary workbook. */
    private static Set<String> tempFiles(Path tmp) throws IOException {
        Set<String> out = new TreeSet<>();
        Path poi = tmp.resolve("poifiles");
        if (Files.isDirectory(poi)) {
            try (Stream<Path> s = Files.list(poi)) {
                s.map(p -> "poifiles/" + p.getFileName()).forEach(out::add);
            }
        }
        try (Stream<Path> s = Files.list(tmp)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("prepkit-sheet-")).forEach(out::add);
        }
        return out;
    }

    @Test
    void missingFoldersAreCreated() throws IOException {
        Path file = dir.resolve("a/b/c/sheet.xlsx");
        writer.write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.options(), file);
        assertThat(file).isRegularFile();
    }

    @Test
    void aFailedWriteLeavesThePreviousFileIntact() throws IOException {
        Path file = dir.resolve("sheet.xlsx");
        writer.write(TestBanks.sample(), TestBanks.taxonomy(), TestBanks.options(), file);
        byte[] before = Files.readAllBytes(file);
        Taxonomy broken = new Taxonomy(null, List.of(new Taxonomy.Tag(null, null, null, null)));

        assertThatThrownBy(() -> writer.write(TestBanks.large(300), broken, TestBanks.coachOptions(), file))
                .isInstanceOf(NullPointerException.class);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("sheet.xlsx");
        }
    }

    @Test
    void anEmptyBankGivesAHeaderOnlySheet() throws IOException {
        try (XSSFWorkbook wb = export(new Bank(List.of()), new SheetOptions(null, false, TestBanks.CONTENT_DATE))) {
            XSSFSheet s = wb.getSheet("Questions");
            assertThat(s.getLastRowNum()).isZero();
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:K1");
            assertThat(wb.getProperties().getCoreProperties().getTitle()).isEqualTo(SheetOptions.DEFAULT_TITLE);
        }
    }

    @Test
    void optionsRequireAContentDateAndAShortTitle() {
        assertThatThrownBy(() -> new SheetOptions("t", false, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SheetOptions("t".repeat(256), false, TestBanks.CONTENT_DATE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new SheetOptions("  ", true, TestBanks.CONTENT_DATE).title()).isEqualTo(SheetOptions.DEFAULT_TITLE);
    }

    /** The rows of a Summary table: the header row below the title, then the rows up to the next blank row. */
    private static List<List<String>> section(Sheet s, String title) {
        int r = 0;
        while (r <= s.getLastRowNum()
                && (s.getRow(r) == null || !title.equals(FORMAT.formatCellValue(s.getRow(r).getCell(0))))) {
            r++;
        }
        assertThat(r).as("section " + title).isLessThanOrEqualTo(s.getLastRowNum());
        List<List<String>> out = new ArrayList<>();
        for (r++; r <= s.getLastRowNum() && s.getRow(r) != null; r++) {
            List<String> row = new ArrayList<>();
            for (Cell c : s.getRow(r)) {
                row.add(FORMAT.formatCellValue(c));
            }
            out.add(row);
        }
        return out;
    }
}
