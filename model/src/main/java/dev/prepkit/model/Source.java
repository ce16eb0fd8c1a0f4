package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The raw file a guide was ingested from.
 *
 * @param path the raw file's path, relative to the content folder, with forward slashes
 *     ({@code raw/netflix/chief-architect.txt}); never null
 * @param format the name of the parser that read it ({@code round-list}); never null
 * @param sha256 the SHA-256 of the file's bytes, 64 lower-case hex digits; never null
 * @param lines the file's line range ({@code 1-N}), or null for an empty file
 */
@JsonPropertyOrder({"path", "format", "sha256", "lines"})
public record Source(String path, String format, String sha256, LineRange lines) {

    public Source {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
    }
}
