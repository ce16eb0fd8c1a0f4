package dev.prepkit.bench.ingest;

import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * The bench's only call into the ingest library: one raw file in, one guide and its findings out, as
 * {@code prepkit ingest} parses it. The ingest API is being redesigned; when its entry point changes (another
 * options argument, another outcome type), this class changes and nothing else in the bench does.
 * Thread-safe, as {@link Ingestor} is.
 */
public final class IngestLibrary {

    /** The rule id of the ingest warning that a file probably holds questions it did not extract. */
    public static final String POSSIBLY_MISSED_QUESTIONS = "possibly-missed-questions";

    /**
     * What ingest made of one raw file.
     *
     * @param guide the parsed guide, or null when the file could not be read
     * @param findings the ingest findings about the file (the read error when it could not be read); never null
     * @param error why the file could not be read, or null
     */
    public record Result(Guide guide, List<Finding> findings, String error) {

        public Result {
            findings = List.copyOf(findings);
        }

        /** Whether the file was read and parsed. */
        public boolean ok() {
            return guide != null;
        }
    }

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    /**
     * Reads and parses one raw file with the default options (format detected by content).
     *
     * @param file the raw file
     * @param display the path for messages
     * @param sourcePath the path recorded in the guide's source, as under a content folder ({@code raw/NAME})
     */
    public Result ingest(Path file, String display, String sourcePath) {
        Ingestor.Outcome outcome = ingestor.ingest(file, display, sourcePath);
        if (!outcome.ok()) {
            return new Result(null, List.of(outcome.error()), outcome.error().message());
        }
        return new Result(outcome.parsed().guide(), outcome.parsed().findings(), null);
    }
}
