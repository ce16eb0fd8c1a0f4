package dev.prepkit.ingest.fetch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media types ingest takes from the web, each with the extension of its raw file. */
final class MediaTypes {

    private static final Map<String, String> EXTENSIONS = new LinkedHashMap<>();

    static {
        EXTENSIONS.put("text/html", ".html");
        EXTENSIONS.put("application/xhtml+xml", ".html");
        EXTENSIONS.put("text/markdown", ".md");
        EXTENSIONS.put("text/x-markdown", ".md");
        EXTENSIONS.put("text/mdx", ".mdx");
        EXTENSIONS.put("text/plain", ".txt");
        EXTENSIONS.put("text/csv", ".csv");
        EXTENSIONS.put("text/tab-separated-values", ".tsv");
        EXTENSIONS.put("application/json", ".json");
    }

    /** What the fetcher sends as {@code Accept}. */
    static final String ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain;q=0.9, text/csv;q=0.9, "
            + "application/json;q=0.8, text/*;q=0.5";

    private MediaTypes() {
    }

    /** The extension of a taken media type ({@code .md}), or empty when ingest does not take it. */
    static Optional<String> extension(String mediaType) {
        return Optional.ofNullable(EXTENSIONS.get(mediaType));
    }

    /** The media type of a {@code Content-Type} header, lower case, without parameters; empty for a blank header. */
    static String mediaType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi >= 0 ? contentType.substring(0, semi) : contentType).trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of a {@code Content-Type} header, unquoted, or empty. */
    static Optional<String> charset(String contentType) {
        for (String param : contentType.split(";")) {
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).trim().equalsIgnoreCase("charset")) {
                String value = param.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
