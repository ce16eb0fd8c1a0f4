package dev.prepkit.export.xlsx;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository root: system property {@code prepkit.root}, else the folder above that holds content/. */
final class RealContent {

    private RealContent() {
    }

    static Path root() {
        String property = System.getProperty("prepkit.root");
        if (property != null && !property.isBlank() && Files.isDirectory(Path.of(property, "content"))) {
            return Path.of(property).toAbsolutePath();
        }
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("content"))) {
                return p;
            }
        }
        throw new IllegalStateException("no folder with content/ above " + System.getProperty("user.dir"));
    }
}
