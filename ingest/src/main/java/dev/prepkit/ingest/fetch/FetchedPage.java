package dev.prepkit.ingest.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A page fetched from the web, decoded to text.
 *
 * @param url the URL as asked for (without a fragment); never null
 * @param finalUrl the URL the page came from after redirects; equal to {@code url} when there were none
 * @param fetched when the response arrived, in whole seconds; never null
 * @param mediaType the media type the server gave, lower case, without parameters ({@code text/html}); never null
 * @param contentType the server's whole {@code Content-Type} header ({@code text/html; charset=utf-8}); never null
 * @param text the body decoded with the header's charset (UTF-8 when it names none), a leading byte-order mark
 *     removed; never blank
 * @param bytes the body's size as sent, in bytes
 */
public record FetchedPage(URI url, URI finalUrl, Instant fetched, String mediaType, String contentType, String text,
        long bytes) {

    public FetchedPage {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(fetched, "fetched");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
    }

    /** The raw file's extension for this page's media type, with the dot ({@code .html}). */
    public String extension() {
        return MediaTypes.extension(mediaType).orElse(".txt");
    }

    /** {@link #fetched()} as written in the guide: UTC, ISO-8601 ({@code 2026-04-20T09:30:00Z}). */
    public String fetchedText() {
        return fetched.toString();
    }
}
