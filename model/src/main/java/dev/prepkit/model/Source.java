package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The raw file a guide was ingested from, and for a page fetched from the web ({@code prepkit ingest https://…}),
 * where and when it was fetched.
 *
 * @param path the raw file's path, relative to the content folder, with forward slashes
 *     ({@code raw/netflix/chief-architect.txt}); never null
 * @param format the name of the parser that read it ({@code round-list}); never null
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hex digits; never null
 * @param lines the file's line range ({@code 1-N}), or null for an empty file
 * @param url the http or https URL the raw file was fetched from, as the curator gave it; null for a file that was
 *     saved by hand (and then left out of the YAML)
 * @param fetched when the page was fetched, in UTC, ISO-8601 ({@code 2026-04-20T09:30:00Z}; a date alone is
 *     accepted); null when {@code url} is
 */
@JsonPropertyOrder({"path", "format", "sha256", "lines", "url", "fetched"})
public record Source(String path, String format, String sha256, LineRange lines, String url, String fetched) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The source of a raw file saved by hand: no URL, no fetch date. */
    public Source(String path, String format, String sha256, LineRange lines) {
        this(path, format, sha256, lines, null, null);
    }

    /** A copy that says the raw file was fetched from {@code url} at {@code fetched}. */
    public Source withOrigin(String url, String fetched) {
        return new Source(path, format, sha256, lines, url, fetched);
    }
}
