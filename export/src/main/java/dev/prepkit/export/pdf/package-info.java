/**
 * PDF study packs: a question bank laid out for print and screen with OpenPDF.
 *
 * <p>{@link dev.prepkit.export.pdf.StudyPackWriter} renders a {@link dev.prepkit.export.Bank} with
 * {@link dev.prepkit.export.pdf.PackOptions} (title, company, edition, paper, answer lines …) and reports a
 * {@link dev.prepkit.export.pdf.PackResult}; {@link dev.prepkit.export.pdf.FontCoverage} tells which characters the
 * embedded DejaVu Sans fonts cannot draw.
 *
 * <p>Inside: {@code PackPlan} decides what goes where (parts, headings, numbering) before any drawing;
 * {@code PackRenderer} renders the pack in one pass (cover, contents, body), streaming pages to the output as they
 * end. {@code Flow} keeps headings with the next block and each question with its answer lines;
 * {@code PageDecorations} draws headers, footers and badges, records heading pages and, when the document closes,
 * fills in the numbers known only then (the contents' page numbers and the page count, drawn as form XObjects).
 * The footers make room for the page count that {@code PageEstimate} expects; only when the real count has
 * another number of digits does {@code StudyPackWriter} render the pack a second time.
 */
package dev.prepkit.export.pdf;
