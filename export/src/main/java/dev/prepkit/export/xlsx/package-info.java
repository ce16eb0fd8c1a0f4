/**
 * Excel question sheets: export of the question bank to an {@code .xlsx} workbook that curators and coaches
 * edit, and import of their edits back into the bank.
 *
 * <p>{@link dev.prepkit.export.xlsx.QuestionSheetWriter} writes the workbook: a {@code Questions} sheet (one row
 * per active question, streamed with SXSSF), a {@code Summary} sheet with counts and a bar chart, a {@code Tags}
 * sheet (the taxonomy with usage counts), a {@code Guides} sheet and a hidden {@code Lists} sheet that feeds the
 * drop-down lists. The same input gives a byte-identical file: document dates and zip entry times come from
 * {@link dev.prepkit.export.xlsx.SheetOptions#contentDate()}.
 *
 * <p>{@link dev.prepkit.export.xlsx.QuestionSheetReader} reads a (possibly re-saved, re-sorted, re-ordered)
 * {@code Questions} sheet back and returns the curator's edits as {@link dev.prepkit.export.xlsx.Change}s plus
 * {@link dev.prepkit.model.finding.Finding}s; {@link dev.prepkit.export.xlsx.SheetChanges#apply} turns accepted
 * changes into updated guides.
 *
 * <p>Findings about a cell of the imported sheet are located at {@code Location(<xlsx path as given>, row,
 * column)} with 1-based row and column numbers (so {@code sheet.xlsx:12:6}); their message starts with the A1
 * reference, e.g. {@code Questions!F12: ...}.
 */
package dev.prepkit.export.xlsx;
