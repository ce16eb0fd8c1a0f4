package dev.prepkit.model.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's folders from a test: the root is the folder that holds {@code content/}. */
public final class RepoRoot {

    private RepoRoot() {
    }

    /** The repository root: the {@code prepkit.root} system property, else the nearest ancestor with content/. */
    public static Path path() {
        String prop = System.getProperty("prepkit.root");
        if (prop != null && Files.isDirectory(Path.of(prop, "content"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("content"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("no content/ folder above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** The shipped content folder. */
    public static Path content() {
        return path().resolve("content");
    }

    /** The raw Netflix guides, byte-identical copies of {@code ../shared/seeds}. */
    public static Path rawNetflix() {
        return content().resolve("raw/netflix");
    }
}
