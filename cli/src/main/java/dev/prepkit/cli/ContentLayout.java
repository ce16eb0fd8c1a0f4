package dev.prepkit.cli;

import java.nio.file.Path;

/**
 * Where things are in a content folder: {@code raw/} (scraped text, never edited), {@code guides/} (curated
 * YAML), {@code taxonomy.yaml} (the tag vocabulary).
 *
 * @param root the content folder; never null
 */
public record ContentLayout(Path root) {

    /** The raw guides' folder. */
    public Path raw() {
        return root.resolve("raw");
    }

    /** The curated guides' folder. */
    public Path guides() {
        return root.resolve("guides");
    }

    /** The tag taxonomy file. */
    public Path taxonomy() {
        return root.resolve("taxonomy.yaml");
    }

    /**
     * How a path is shown to the user: relative to the working folder when it is below it, with forward slashes.
     */
    public static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return (abs.startsWith(cwd) ? cwd.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
