package dev.prepkit.export.pdf;

import dev.prepkit.export.Bank;
import dev.prepkit.model.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a question bank as a PDF study pack: a cover, a linked table of contents, the interview process, the
 * company values, the questions (grouped by guide, round and category, numbered 1 to N, each with a difficulty
 * badge, tags and ruled answer lines) and the other preparation notes; with bookmarks, a running header and
 * "Page X of Y" footers.
 *
 * <p>The output depends only on the bank and the options: the same input gives the same bytes. Characters that the
 * embedded fonts cannot draw are printed as {@link FontCoverage#MARKER} and reported.
 *
 * <p>Thread-safe: instances hold only the font files, read once on construction.
 */
public final class StudyPackWriter {

    /** The contents needs the heading pages of a previous pass; the layout does not depend on them. */
    private static final int MAX_PASSES = 4;

    private final FontFiles fonts;

    /**
     * A writer with the embedded DejaVu Sans fonts.
     *
     * @throws IllegalStateException when the fonts are missing from the classpath
     */
    public StudyPackWriter() {
        this.fonts = new FontFiles();
    }

    /**
     * Renders the pack and writes it atomically to the target, creating missing folders. Readers see the old file
     * or the whole new one; on failure the previous file is left as it was.
     *
     * @param bank the questions and guides; never null
     * @param options how the pack looks; never null
     * @param target the PDF file to write; never null
     * @return the page and question counts and the characters no font covers; never null
     * @throws IOException when the folder cannot be created or the file cannot be written
     * @throws NullPointerException when an argument is null
     * @throws IllegalStateException when the page numbers of the contents do not settle (a bug)
     */
    public PackResult write(Bank bank, PackOptions options, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Rendered rendered = renderPack(bank, options);
        AtomicFile.write(target, out -> out.write(rendered.pdf()));
        return rendered.result();
    }

    /**
     * Renders the pack in memory.
     *
     * @param bank the questions and guides; never null
     * @param options how the pack looks; never null
     * @return the PDF's bytes; never null
     * @throws NullPointerException when an argument is null
     * @throws IllegalStateException when the page numbers of the contents do not settle (a bug)
     */
    public byte[] render(Bank bank, PackOptions options) {
        return renderPack(bank, options).pdf();
    }

    private record Rendered(byte[] pdf, PackResult result) {
    }

    private Rendered renderPack(Bank bank, PackOptions options) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(options, "options");
        PackPlan plan = PackPlan.of(bank);
        PackRenderer renderer = new PackRenderer(fonts);
        PackRenderer.Pass pass = renderer.render(bank, options, plan, Map.of(), 0);
        for (int i = 1; i < MAX_PASSES; i++) {
            PackRenderer.Pass next = renderer.render(bank, options, plan, pass.pages(), pass.total());
            if (next.pages().equals(pass.pages()) && next.total() == pass.total()) {
                return new Rendered(next.pdf(),
                        new PackResult(next.total(), plan.questionCount(), next.uncovered()));
            }
            pass = next;
        }
        throw new IllegalStateException("the study pack's page numbers did not settle after " + MAX_PASSES
                + " passes");
    }
}
