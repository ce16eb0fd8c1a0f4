package dev.prepkit.ingest;

import dev.prepkit.model.Guide;
import java.util.Objects;

/**
 * The format a curated guide records for its raw file ({@code source.format}), which re-ingest uses instead of
 * detecting: once a raw file has been read with a format, detected or forced with {@code --format}, it keeps being
 * read with it, so an edit of the raw file cannot silently switch its reader. {@code --format} overrides the pin
 * and, since the written guide records the format that read it, thereby moves it. See
 * {@link Ingestor#ingest(java.nio.file.Path, String, String, FormatPin)}.
 *
 * @param format the format name as the guide records it; never null or blank
 * @param guideFile the curated guide's file as named for messages ({@code content/guides/acme-backend.yaml});
 *     never null
 */
public record FormatPin(String format, String guideFile) {

    /** The rule id of the warning about a pinned format that no longer exists (detection is used instead). */
    public static final String UNKNOWN = "unknown-pinned-format";

    /**
     * @throws NullPointerException when {@code format} or {@code guideFile} is null
     * @throws IllegalArgumentException when {@code format} is blank
     */
    public FormatPin {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(guideFile, "guideFile");
        if (format.isBlank()) {
            throw new IllegalArgumentException("a pinned format has a name");
        }
        format = format.strip();
    }

    /**
     * The pin a curated guide holds.
     *
     * @param curated the curated guide, or null when there is none yet
     * @param guideFile the guide's file as named for messages; never null
     * @return its pin, or null when there is no curated guide, it has no source (written by hand) or its source
     *     records no format
     */
    public static FormatPin of(Guide curated, String guideFile) {
        if (curated == null || curated.source() == null || curated.source().format() == null
                || curated.source().format().isBlank()) {
            return null;
        }
        return new FormatPin(curated.source().format(), guideFile);
    }
}
