/**
 * PDF study packs: a question bank laid out for print and screen with OpenPDF.
 *
 * <p>{@link dev.prepkit.export.pdf.StudyPackWriter} renders a {@link dev.prepkit.export.Bank} with
 * {@link dev.prepkit.export.pdf.PackOptions} (title, company, edition, paper, answer lines …) and reports a
 * {@link dev.prepkit.export.pdf.PackResult}; {@link dev.prepkit.export.pdf.FontCoverage} tells which characters the
 * embedded DejaVu Sans fonts cannot draw.
 *
 * <p>Inside: {@code PackPlan} decides what goes where (parts, headings, numbering) before any drawing;
 * {@code PackRenderer} runs one pass (cover, contents, body) and {@code StudyPackWriter} repeats it until the
 * contents' page numbers match where the headings landed. {@code Flow} keeps headings with the next block and each
 * question with its answer lines; {@code PageDecorations} draws headers, footers and badges and records heading
 * pages.
 */
package dev.prepkit.export.pdf;
