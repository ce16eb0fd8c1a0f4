package dev.prepkit.ingest.document;

import dev.prepkit.model.Slugs;

import java.util.List;

/**
 * A raw guide read into normalized lines.
 *
 * @param path the file's path as the user named it, for messages ({@code content/raw/netflix/chief-architect.txt});
 *     never null
 * @param sourcePath the file's path relative to the content folder, with forward slashes, as recorded in the guide
 *     ({@code raw/netflix/chief-architect.txt}); never null
 * @param sha256 SHA-256 of the file's bytes as stored, 64 lower-case hex digits
 * @param lines the file's lines after normalization (see {@code dev.prepkit.ingest.TextNormalizer}); index 0 is line 1; never null
 */
public record RawDocument(String path, String sourcePath, String sha256, List<String> lines) {

    public RawDocument {
        lines = List.copyOf(lines);
    }

    /**
     * The text of a line.
     *
     * @param number 1-based line number
     * @throws IndexOutOfBoundsException when there is no such line
     */
    public String line(int number) {
        return lines.get(number - 1);
    }

    /** The number of lines. */
    public int lineCount() {
        return lines.size();
    }

    /** The non-blank lines. */
    public long nonBlankLines() {
        return lines.stream().filter(l -> !l.isBlank()).count();
    }

    /** The path's parts between {@code raw/} and the file name ({@code [netflix]}). */
    public List<String> folders() {
        String[] parts = sourcePath.split("/");
        int start = parts.length > 0 && parts[0].equals("raw") ? 1 : 0;
        return List.of(parts).subList(start, Math.max(start, parts.length - 1));
    }

    /**
     * The id of the guide made from this file: its folders below {@code raw/} and its name without extension,
     * as one slug ({@code netflix-chief-architect}).
     */
    public String guideId() {
        List<String> parts = new java.util.ArrayList<>(folders());
        parts.add(stem());
        return Slugs.of(String.join("-", parts));
    }

    /** The file name without its extension ({@code chief-architect}). */
    public String stem() {
        String name = sourcePath.substring(sourcePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
