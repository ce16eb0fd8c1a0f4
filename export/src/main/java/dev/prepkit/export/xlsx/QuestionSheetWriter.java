package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the question bank as an Excel workbook ({@code .xlsx}).
 *
 * <p>Sheets, in order: {@code Questions} (one row per active question, see {@link QuestionSheetReader} for the
 * columns read back), {@code Summary}, {@code Tags}, {@code Guides}, and the hidden {@code Lists} that feeds the
 * drop-down lists. The {@code Questions}, {@code Tags} and {@code Guides} sheets are streamed (SXSSF,
 * {@value #ROW_WINDOW} rows in memory, strings in a light shared-strings table), so large banks need little
 * memory; the temporary files are always removed.
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
        List<QuestionColumn> columns = QuestionColumn.layout(options.coach());

        // Two threads. A second one builds the in-memory part of the workbook (styles, Lists, Summary with its
        // chart: mostly POI's start-up cost) while this one lays out and writes the Questions rows to their row
        // file, with their own string table. The two tables are joined afterwards, the question strings first, so
        // the file does not depend on the timing.
        CompletableFuture<int[]> styleIndexes = new CompletableFuture<>();
        FutureTask<Template> template = new FutureTask<>(() -> Template.build(bank, tax, rows, options, styleIndexes));
        Thread builder = new Thread(template, "prepkit-xlsx-template");
        builder.setDaemon(true);
        builder.start();
        StringTable questionStrings = new StringTable();
        RowWriter questionRows = null;
        QuestionsSheet.Layout layout;
        Template built;
        try {
            layout = QuestionsSheet.layout(columns, rows);
            int[] style = styles(styleIndexes, template);
            questionRows = new RowWriter(questionStrings);
            QuestionsSheet.writeRows(questionRows, layout, style[0], style[1], style[2]);
            built = join(template);
        } catch (IOException | RuntimeException | Error e) {
            discard(template, e);
            discard(questionRows, e);
            throw e;
        }

        XSSFWorkbook xwb = built.workbook();
        SheetStyles styles = built.styles();
        StreamingWorkbook wb = null;
        try {
            // Strings go to the shared-strings table, not inline: POI-based tools that edit an inline string cell
            // keep its old text, and the table makes the file smaller. The table is a light one (SharedStrings), and
            // the zip is written once, with fixed entry times (StreamingWorkbook).
            ((SharedStrings) xwb.getSharedStringSource()).prepend(xwb, questionStrings);
            wb = new StreamingWorkbook(xwb, ROW_WINDOW, options.contentDate().atStartOfDay());
            wb.rowsWritten(SheetNames.QUESTIONS, questionRows);
            questionRows = null;
            TagsSheet.write(wb.getSheet(SheetNames.TAGS), tax, rows, styles, findings);
            GuidesSheet.write(wb.getSheet(SheetNames.GUIDES), bank.guides(), styles, findings);
            QuestionsSheet.setUp(wb.getSheet(SheetNames.QUESTIONS), layout, options.title());
            wb.write(out);
        } catch (IOException | RuntimeException | Error e) {
            discard(questionRows, e);
            throw e;
        } finally {
            if (wb != null) {
                try {
                    wb.dispose();
                } finally {
                    wb.close();
                }
            } else {
                xwb.close();
            }
        }
        return new SheetResult(rows.size(), findings);
    }

    /**
     * The in-memory part of the workbook: its styles, the sheets in order (Questions, Tags and Guides still empty),
     * the filled Lists and Summary sheets, and the document properties.
     *
     * @param workbook the workbook, created with {@link SharedStrings#FACTORY}
     * @param styles its styles
     */
    private record Template(XSSFWorkbook workbook, SheetStyles styles) {

        static Template build(Bank bank, Taxonomy tax, List<QuestionRow> rows, SheetOptions options,
                CompletableFuture<int[]> styleIndexes) throws IOException {
            XSSFWorkbook xwb;
            try {
                xwb = new XSSFWorkbook(SharedStrings.FACTORY);
            } catch (RuntimeException | Error e) {
                styleIndexes.completeExceptionally(e);
                throw e;
            }
            try {
                SheetStyles styles = new SheetStyles(xwb);
                styleIndexes.complete(new int[] {styles.header.getIndex() & 0xffff, styles.body.getIndex() & 0xffff,
                    styles.wrap.getIndex() & 0xffff});
                xwb.createSheet(SheetNames.QUESTIONS);
                XSSFSheet summary = xwb.createSheet(SheetNames.SUMMARY);
                xwb.createSheet(SheetNames.TAGS);
                xwb.createSheet(SheetNames.GUIDES);
                XSSFSheet lists = xwb.createSheet(SheetNames.LISTS);
                ListsSheet.write(xwb, lists, styles);
                // The Summary sheet stays in memory: its chart reads the counts from its cells.
                SummarySheet.write(summary, rows, bank.guides().size(), tax, options, styles);
                xwb.setActiveSheet(0);
                xwb.setFirstVisibleTab(0);
                properties(xwb, bank, rows.size(), options);
                return new Template(xwb, styles);
            } catch (IOException | RuntimeException | Error e) {
                styleIndexes.completeExceptionally(e);
                try {
                    xwb.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
        }
    }

    /** Waits for the template, rethrowing what building it threw. */
    private static Template join(FutureTask<Template> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    // The builder is short; finish waiting for it and keep the interrupt for the caller.
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    } else if (cause instanceof RuntimeException re) {
                        throw re;
                    } else if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the indexes of the header, body and wrap styles; when the template could not be built, rethrows
     * what building it threw.
     */
    private static int[] styles(CompletableFuture<int[]> styleIndexes, FutureTask<Template> template)
            throws IOException {
        try {
            return styleIndexes.join();
        } catch (CompletionException | CancellationException e) {
            join(template);
            throw new IllegalStateException("the workbook template failed", e);
        }
    }

    /** Deletes a row file that no workbook took over; null does nothing. */
    private static void discard(RowWriter rows, Throwable failure) {
        if (rows != null) {
            try {
                rows.discard();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** Waits for the template and closes it: this thread failed (possibly because building the template did). */
    private static void discard(FutureTask<Template> task, Throwable failure) {
        try {
            join(task).workbook().close();
        } catch (IOException | RuntimeException | Error e) {
            if (e != failure) {
                failure.addSuppressed(e);
            }
        }
    }

    private static void properties(XSSFWorkbook wb, Bank bank, int rows, SheetOptions options) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(options.title());
        core.setSubjectProperty("Interview questions: " + rows + " questions from " + bank.guides().size()
                + " guides");
        TreeSet<String> companies = new TreeSet<>();
        bank.guides().stream().map(Guide::company).filter(java.util.Objects::nonNull).forEach(companies::add);
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

