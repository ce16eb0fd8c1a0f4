package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the question bank as an Excel workbook ({@code .xlsx}).
 *
 * <p>Sheets, in order: {@code Questions} (one row per active question, see {@link QuestionSheetReader} for the
 * columns read back), {@code Summary}, {@code Tags}, {@code Guides}, and the hidden {@code Lists} that feeds the
 * drop-down lists. The {@code Questions} sheet is streamed (SXSSF, {@value #ROW_WINDOW} rows in memory), so
 * large banks need little memory; its temporary files are always removed.
 *
 * <p>The output depends only on the input: the same bank, taxonomy and options give a byte-identical file.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class QuestionSheetWriter {

    /** How many rows of the Questions sheet are kept in memory before they are flushed to a temporary file. */
    public static final int ROW_WINDOW = 100;

    /** The document creator property. */
    static final String CREATOR = "Prepkit";

    /** Creates a writer. */
    public QuestionSheetWriter() {
    }

    /**
     * Writes the workbook to a file, atomically: the file is replaced only when the whole workbook was written;
     * on failure the previous file is left as it was. Missing parent folders are created.
     *
     * @param bank the questions to export; never null
     * @param taxonomy the tag taxonomy for the Tags sheet; null reads as an empty taxonomy
     * @param options title, coach columns and content date; never null
     * @param target the file to write; never null
     * @return the number of question rows and the findings (questions refused because a text is too long)
     * @throws IOException when the folder cannot be created or the file cannot be written
     */
    public SheetResult write(Bank bank, Taxonomy taxonomy, SheetOptions options, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        SheetResult[] result = new SheetResult[1];
        AtomicFile.write(target, out -> result[0] = write(bank, taxonomy, options, out));
        return result[0];
    }

    /**
     * Writes the workbook to a stream, which is left open.
     *
     * @param bank the questions to export; never null
     * @param taxonomy the tag taxonomy for the Tags sheet; null reads as an empty taxonomy
     * @param options title, coach columns and content date; never null
     * @param out receives the {@code .xlsx} bytes; never null
     * @return the number of question rows and the findings (questions refused because a text is too long)
     * @throws IOException when the stream or a temporary file cannot be written
     */
    public SheetResult write(Bank bank, Taxonomy taxonomy, SheetOptions options, OutputStream out)
            throws IOException {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        Taxonomy tax = taxonomy == null ? new Taxonomy(null, List.of()) : taxonomy;
        List<Finding> findings = new ArrayList<>();
        List<QuestionRow> rows = QuestionRow.of(bank, findings);

        XSSFWorkbook xwb = new XSSFWorkbook();
        SXSSFWorkbook wb = null;
        Path tmp = null;
        try {
            SheetStyles styles = new SheetStyles(xwb);
            xwb.createSheet(SheetNames.QUESTIONS);
            XSSFSheet summary = xwb.createSheet(SheetNames.SUMMARY);
            XSSFSheet tags = xwb.createSheet(SheetNames.TAGS);
            XSSFSheet guides = xwb.createSheet(SheetNames.GUIDES);
            XSSFSheet lists = xwb.createSheet(SheetNames.LISTS);
            ListsSheet.write(xwb, lists, styles);
            SummarySheet.write(summary, rows, bank.guides().size(), tax, options, styles);
            TagsSheet.write(tags, tax, rows, styles, findings);
            GuidesSheet.write(guides, bank.guides(), styles, findings);
            xwb.setActiveSheet(0);
            xwb.setFirstVisibleTab(0);
            properties(xwb, bank, rows.size(), options);

            // The in-memory sheets above are kept as they are; rows of the Questions sheet are streamed. Strings go
            // to the shared-strings table, not inline: POI-based tools that edit an inline string cell keep its old
            // text, and the table makes the file smaller.
            wb = new SXSSFWorkbook(xwb, ROW_WINDOW, false, true);
            QuestionsSheet.write(wb.getSheet(SheetNames.QUESTIONS), QuestionColumn.layout(options.coach()), rows,
                    styles, options.title());

            tmp = Files.createTempFile("prepkit-sheet-", ".xlsx");
            try (OutputStream o = Files.newOutputStream(tmp)) {
                wb.write(o);
            }
            ReproducibleZip.copy(tmp, out, options.contentDate().atStartOfDay());
        } finally {
            try {
                if (wb != null) {
                    wb.dispose();
                    wb.close();
                } else {
                    xwb.close();
                }
            } finally {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
            }
        }
        return new SheetResult(rows.size(), findings);
    }

    private static void properties(XSSFWorkbook wb, Bank bank, int rows, SheetOptions options) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(options.title());
        core.setSubjectProperty("Interview questions: " + rows + " questions from " + bank.guides().size()
                + " guides");
        TreeSet<String> companies = new TreeSet<>();
        bank.guides().stream().map(Guide::company).forEach(companies::add);
        List<String> keywords = new ArrayList<>(List.of("interview questions", "prepkit"));
        keywords.addAll(companies);
        core.setKeywords(String.join(", ", keywords));
        core.setCreator(CREATOR);
        core.setLastModifiedByUser(CREATOR);
        Date date = Date.from(options.contentDate().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
    }
}
