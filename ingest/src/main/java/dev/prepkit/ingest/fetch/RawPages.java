package dev.prepkit.ingest.fetch;

import dev.prepkit.model.Slugs;
import dev.prepkit.model.io.AtomicFile;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where fetched pages go in the raw tree, and storing them there.
 *
 * <p>A page's place is {@code <host>/<path-as-slug>.<ext>} below {@code raw/}: the host as a slug, with the port
 * when it is not the scheme's default ({@code example-com}, {@code 127-0-0-1-8080}); the path and query as one slug
 * ({@code /blog/google-interview} → {@code blog-google-interview}, {@code /} → {@code index}), without an extension
 * the last segment already had ({@code /faq.html} → {@code faq}); the extension from the content type
 * ({@code .html}, {@code .md}, {@code .txt}, {@code .csv}, {@code .json} …). A slug over
 * {@value #MAX_SLUG} characters is cut and ends in eight hex digits of the path's SHA-256, so that long URLs stay
 * distinct. The same URL always has the same place, so fetching it again replaces the file.
 */
public final class RawPages {

    /** The longest path slug kept whole. */
    static final int MAX_SLUG = 80;

    private static final Pattern KNOWN_EXTENSION = Pattern.compile(
            "\\.(html?|xhtml|md|markdown|mdx|txt|text|csv|tsv|json)$", Pattern.CASE_INSENSITIVE);

    private RawPages() {
    }

    /**
     * A page's raw file relative to the raw folder, with forward slashes: {@code example-com/blog-google-interview.html}.
     *
     * @param url an http or https URL with a host
     * @param extension the extension with its dot ({@link FetchedPage#extension()})
     */
    public static String relativePath(URI url, String extension) {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String host = Slugs.of(url.getHost() + (defaultPort ? "" : "-" + port));
        String path = url.getPath() == null ? "" : url.getPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        path = KNOWN_EXTENSION.matcher(path).replaceFirst("");
        String query = url.getQuery() == null ? "" : url.getQuery();
        String slug = path.isEmpty() && query.isEmpty() ? "index" : Slugs.of(path + " " + query);
        if (slug.length() > MAX_SLUG) {
            String cut = slug.substring(0, MAX_SLUG - 9).replaceAll("-+$", "");
            slug = cut + "-" + sha256(url.getRawPath() + "?" + url.getRawQuery()).substring(0, 8);
        }
        return host + "/" + slug + extension;
    }

    /**
     * Stores a page below a raw folder, as UTF-8, with its {@link SourceSidecar}; both files are written
     * atomically, the sidecar first. When the page cannot be written, the sidecar is put back as it was, so a
     * failed store leaves no new file behind.
     *
     * @param page the page
     * @param rawRoot the raw folder ({@code content/raw})
     * @return the raw file
     * @throws IOException when a folder or a file cannot be written
     */
    public static Path store(FetchedPage page, Path rawRoot) throws IOException {
        Path file = rawRoot.resolve(relativePath(page.url(), page.extension()));
        Path sidecar = SourceSidecar.pathFor(file);
        byte[] previous = Files.exists(sidecar) ? Files.readAllBytes(sidecar) : null;
        SourceSidecar.of(page).write(file);
        try {
            AtomicFile.writeString(file, page.text());
        } catch (IOException e) {
            try {
                if (previous == null) {
                    Files.deleteIfExists(sidecar);
                } else {
                    AtomicFile.write(sidecar, out -> out.write(previous));
                }
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        return file;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
