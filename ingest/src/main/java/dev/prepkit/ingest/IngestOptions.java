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
 */
public record IngestOptions(long maxFileBytes, int maxLineChars, Charset charset, String format) {

    /** 10 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** 20,000 characters. */
    public static final int DEFAULT_MAX_LINE_CHARS = 20_000;

    /** These options with the format forced by name ({@code --format}), or detection when null. */
    public IngestOptions withFormat(String name) {
        return new IngestOptions(maxFileBytes, maxLineChars, charset, name);
    }

    /** The defaults: 10 MiB, 20,000 characters a line, UTF-8, detection. */
    public static IngestOptions defaults() {
        return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_LINE_CHARS, StandardCharsets.UTF_8, null);
    }
}
