package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a question sheet written by {@link QuestionSheetWriter} back, after a curator edited it in Excel or
 * LibreOffice, and works out the edits.
 *
 * <p>Only the {@code Questions} sheet is read. Its columns are found by their header text (case ignored), so
 * they may be re-ordered; rows are matched to the bank by {@code ID}, so they may be re-sorted or filtered. The
 * columns read are ID, Difficulty, Tags, Category, Round, Notes, the hidden Hash, and Question (whose edits are
 * reported as ignored); all others are ignored.
 *
 * <p>Findings (rule ids):
 * <ul>
 *   <li>{@code import-missing-column}: the ID column (error: nothing imported), the Hash column (error unless
 *       forced: nothing imported), or an editable column (warning: that field is not imported) is missing;</li>
 *   <li>{@code import-unknown-id}: a row whose ID is empty or not an active question of the bank (error; a
 *       question removed from its source: warning); the row is not imported;</li>
 *   <li>{@code import-duplicate-id}: an ID on more than one row (error); none of those rows is imported;</li>
 *   <li>{@code import-stale-row}: the row's hash differs from the question now in the bank, which changed after
 *       the export (error, the row is refused; warning when forced, the row is imported);</li>
 *   <li>{@code import-invalid-value}: a difficulty other than easy, medium, hard (any case) or empty, or a cell of
 *       Tags that is not a tag list (error); the whole row is not imported;</li>
 *   <li>{@code import-ignored-edit}: the question text was edited (info); text edits are never imported;</li>
 *   <li>{@code import-deleted-row}: an active question of the bank has no row (warning); it is kept.</li>
 * </ul>
 * A finding about a cell is located at {@code Location(<xlsx path as given>, row, column)}, 1-based, and its
 * message starts with the cell reference ({@code Questions!F12: ...}); findings about the whole file are located
 * at the file.
 *
 * <p>Instances hold no state and may be shared.
 */
public final class QuestionSheetReader {

    /** Creates a reader. */
    public QuestionSheetReader() {
    }

    /**
     * Reads the sheet; rows exported from an older version of the bank are refused. Same as
     * {@code read(xlsx, bank, false)}.
     *
     * @param xlsx the workbook; never null
     * @param bank the bank to compare with; never null
     * @return the changes to apply and the findings; never null
     * @throws SheetImportException when the file cannot be read as a question sheet
     * @see #read(Path, Bank, boolean)
     */
    public ImportResult read(Path xlsx, Bank bank) throws SheetImportException {
        return read(xlsx, bank, false);
    }

    /**
     * Reads the sheet and compares it with the bank.
     *
     * @param xlsx the workbook; never null
     * @param bank the bank the sheet was exported from (or its current version); never null
     * @param force whether to import rows whose hash shows that the question changed in the bank after the export
     *     (and rows of a sheet without the Hash column); every field of such a row then replaces the bank's value,
     *     including fields changed in the bank after the export
     * @return the changes to apply and the findings; never null
     * @throws SheetImportException when the file is missing, not an {@code .xlsx} workbook, password-protected,
     *     corrupt, a zip bomb, or has no {@code Questions} sheet
     */
    public ImportResult read(Path xlsx, Bank bank, boolean force) throws SheetImportException {
        Objects.requireNonNull(xlsx, "xlsx");
        Objects.requireNonNull(bank, "bank");
        XSSFWorkbook wb = WorkbookOpener.open(xlsx);
        try {
            Sheet sheet = wb.getSheet(SheetNames.QUESTIONS);
            if (sheet == null) {
                throw new SheetImportException(xlsx, "has no sheet named " + SheetNames.QUESTIONS
                        + "; is it a Prepkit question sheet?", null);
            }
            return new SheetImport(xlsx.toString(), bank, force).run(sheet);
        } catch (RuntimeException e) {
            throw new SheetImportException(xlsx, "could not be read: " + e.getMessage(), e);
        } finally {
            try {
                wb.close();
            } catch (IOException e) {
                // Read-only: closing writes nothing; a failure to release the file changes no result.
            }
        }
    }
}
