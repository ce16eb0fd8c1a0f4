package dev.prepkit.export.pdf;

import dev.prepkit.export.Bank;
import dev.prepkit.model.io.AtomicFile;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a question bank as a PDF study pack: a cover, a linked table of contents, the interview process, the
 * company values, the questions (grouped by guide, round and category, numbered 1 to N, each with a difficulty
 * badge, tags and ruled answer lines) and the other preparation notes; with bookmarks, a running header and
 * "Page X of Y" footers.
 *
 * <p>The pack is rendered in one pass and streamed to its file: the page numbers known only at the end (those of
 * the contents and the page count in the footers) are filled in when the document closes. Only when the page
 * count turns out to have another number of digits than estimated is the pack rendered a second time, with the
 * real count. Memory stays bounded: pages are written as they end, only the outline and the heading pages are kept.
 *
 * <p>The output depends only on the bank and the options: the same input gives the same bytes. Characters that the
 * embedded fonts cannot draw are printed as {@link FontCoverage#MARKER} and reported.
 *
 * <p>Thread-safe: instances hold only the font files, read once on construction.
 */
public final class StudyPackWriter {

    private static final int BUFFER = 1 << 16;

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
     * @throws IllegalStateException when the page count does not settle (a bug)
     */
    public PackResult write(Bank bank, PackOptions options, Path target) throws IOException {
        Objects.requireNonNull(target, "target");
        Job job = new Job(bank, options);
        int knownTotal = 0;
        for (int attempt = 1; ; attempt++) {
            int known = knownTotal;
            PackRenderer.Pass[] pass = new PackRenderer.Pass[1];
            try {
                AtomicFile.write(target, out -> {
                    BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER);
                    pass[0] = job.render(buffered, known);
                    if (!pass[0].totalFits()) {
                        throw new Unsettled();
                    }
                    buffered.flush();
                });
                return job.result(pass[0]);
            } catch (Unsettled e) {
                knownTotal = job.retry(pass[0], attempt);
            }
        }
    }

    /**
     * Renders the pack in memory.
     *
     * @param bank the questions and guides; never null
     * @param options how the pack looks; never null
     * @return the PDF's bytes; never null
     * @throws NullPointerException when an argument is null
     * @throws IllegalStateException when the page count does not settle (a bug)
     */
    public byte[] render(Bank bank, PackOptions options) {
        Job job = new Job(bank, options);
        int knownTotal = 0;
        for (int attempt = 1; ; attempt++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PackRenderer.Pass pass = job.render(out, knownTotal);
            if (pass.totalFits()) {
                return out.toByteArray();
            }
            knownTotal = job.retry(pass, attempt);
        }
    }

    /** The footers made room for a page count of another width: the attempt is thrown away. */
    private static final class Unsettled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsettled() {
            super(null, null, false, false);
        }
    }

    /** One pack to render, with its plan, worked out once for all attempts. */
    private final class Job {
        private final Bank bank;
        private final PackOptions options;
        private final PackPlan plan;

        Job(Bank bank, PackOptions options) {
            this.bank = Objects.requireNonNull(bank, "bank");
            this.options = Objects.requireNonNull(options, "options");
            this.plan = PackPlan.of(bank);
        }

        PackRenderer.Pass render(OutputStream out, int knownTotal) {
            return new PackRenderer(fonts).render(bank, options, plan, out, knownTotal);
        }

        /** The page count for the next attempt; the layout does not depend on it, so one more always settles. */
        int retry(PackRenderer.Pass pass, int attempt) {
            if (attempt >= 2) {
                throw new IllegalStateException("the study pack's page count did not settle after " + attempt
                        + " passes");
            }
            return pass.total();
        }

        PackResult result(PackRenderer.Pass pass) {
            return new PackResult(pass.total(), plan.questionCount(), pass.uncovered());
        }
    }
}
