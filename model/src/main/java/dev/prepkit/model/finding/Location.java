package dev.prepkit.model.finding;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a file.
 *
 * @param path the file's path as the user named it, with forward slashes; never null
 * @param line 1-based line, or 0 when the finding is about the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Location(String path, int line, int column) implements Comparable<Location> {

    private static final Comparator<Location> ORDER = Comparator.comparing(Location::path)
            .thenComparingInt(Location::line).thenComparingInt(Location::column);

    public Location {
        Objects.requireNonNull(path, "path");
        path = path.replace('\\', '/');
    }

    /** The whole file. */
    public static Location file(String path) {
        return new Location(path, 0, 0);
    }

    /** Compiler style: {@code path:line:col}, {@code path:line} or {@code path}. */
    @Override
    public String toString() {
        if (line <= 0) {
            return path;
        }
        return column <= 0 ? path + ":" + line : path + ":" + line + ":" + column;
    }

    @Override
    public int compareTo(Location o) {
        return ORDER.compare(this, o);
    }
}
