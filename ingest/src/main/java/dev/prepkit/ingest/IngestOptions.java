package dev.prepkit.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Limits and overrides of one ingest run.
 *
 * @param maxFileBytes largest raw file read, in bytes; larger files are refused
 * @param maxLineChars longest line read, in characters; a file with a longer line is refused
 * @param charset how raw bytes are decoded; never null
 * @param format a parser name that overrides detection, or null to detect
 * @param difficultySynonyms difficulty labels (any case) and the canonical difficulty each means, from
 *     {@code prepkit.yaml}'s {@code difficultySynonyms}; applied to the labels a page writes; never null
 */
public record IngestOptions(long maxFileBytes, int maxLineChars, Charset charset, String format,
        java.util.Map<String, String> difficultySynonyms) {

    public IngestOptions {
        difficultySynonyms = difficultySynonyms == null ? java.util.Map.of() : java.util.Map.copyOf(difficultySynonyms);
    }

    /** Options with no configured difficulty synonyms. */
    public IngestOptions(long maxFileBytes, int maxLineChars, Charset charset, String format) {
        this(maxFileBytes, maxLineChars, charset, format, java.util.Map.of());
    }

    /** These options with the configured difficulty synonyms. */
    public IngestOptions withDifficultySynonyms(java.util.Map<String, String> value) {
        return new IngestOptions(maxFileBytes, maxLineChars, charset, format, value);
    }

    /** 10 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** 20,000 characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 20_000;

    /** These options with the format forced by name ({@code --format}), or detection when null. */
    public IngestOptions withFormat(String name) {
        return new IngestOptions(maxFileBytes, maxLineChars, charset, name, difficultySynonyms);
    }

    /** The defaults: 10 MiB, 20,000 characters a line, UTF-8, detection. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_CHARS, StandardCharsets.UTF_8, null);
    }
}
