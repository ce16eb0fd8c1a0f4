package dev.prepkit.ingest.fetch;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;

/**
 * What ingest remembers about a raw file it fetched from the web, kept in a small YAML file next to it:
 * {@code raw/example-com/.blog-google-interview.html.source.yaml} for {@code raw/example-com/blog-google-interview.html}
 * (the raw file's name with a leading dot and {@code .source.yaml}). The leading dot hides it, so it is never
 * ingested as a raw guide of its own. Every ingest of the raw file, which reads the disk and never the network,
 * copies {@code url} and {@code fetched} into the guide's {@code source}, and reads the raw file as UTF-8 (the
 * fetcher stores pages in UTF-8 whatever the server's charset). Deleting the sidecar makes the raw file an ordinary
 * saved file.
 *
 * <pre>
 * # prepkit ingest fetched blog-google-interview.html from the web; ingest reads this file to record where from.
 * url: https://example.com/blog/google-interview
 * fetched: 2026-04-20T09:30:00Z
 * contentType: text/html; charset=utf-8
 * </pre>
 *
 * @param url the URL as the curator gave it; never null
 * @param fetched when it was fetched, UTC, ISO-8601; never null
 * @param contentType the server's {@code Content-Type} header, or null
 * @param redirectedTo the URL the page came from after redirects, or null when there were none
 */
@JsonPropertyOrder({"url", "fetched", "contentType", "redirectedTo"})
public record SourceSidecar(String url, String fetched, String contentType, String redirectedTo) {

    private static final YamlCodec YAML = new YamlCodec();
    private static final String SUFFIX = ".source.yaml";

    public SourceSidecar {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(fetched, "fetched");
    }

    /** The sidecar of a fetched page. */
    public static SourceSidecar of(FetchedPage page) {
        return new SourceSidecar(page.url().toString(), page.fetchedText(), page.contentType(),
                page.finalUrl().equals(page.url()) ? null : page.finalUrl().toString());
    }

    /** Where the sidecar of a raw file is: next to it, {@code .<name>.source.yaml}. */
    public static Path pathFor(Path rawFile) {
        return rawFile.resolveSibling("." + rawFile.getFileName() + SUFFIX);
    }

    /**
     * The sidecar of a raw file, when it has one.
     *
     * @throws IOException when the sidecar exists but cannot be read, or is not a sidecar; the message names it
     */
    public static Optional<SourceSidecar> read(Path rawFile) throws IOException {
        Path file = pathFor(rawFile);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            SourceSidecar sidecar = YAML.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8),
                    SourceSidecar.class);
            if (sidecar == null) {
                throw new IOException("its source file " + file.getFileName() + " is empty; delete it or fetch again");
            }
            return Optional.of(sidecar);
        } catch (JacksonException | NullPointerException e) {
            throw new IOException("its source file " + file.getFileName() + " cannot be read ("
                    + firstLine(e.getMessage()) + "); delete it or fetch the page again", e);
        }
    }

    /**
     * Writes the sidecar of a raw file, atomically.
     *
     * @throws IOException when it cannot be written
     */
    public void write(Path rawFile) throws IOException {
        AtomicFile.writeString(pathFor(rawFile), "# prepkit ingest fetched " + rawFile.getFileName() + " from the web; "
                + "ingest reads this file to record where from.\n" + YAML.mapper().writeValueAsString(this));
    }

    private static String firstLine(String s) {
        return s == null ? "no message" : s.lines().findFirst().orElse("");
    }
}
