package dev.prepkit.ingest.read;

import dev.prepkit.ingest.TextNormalizer;
import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Raw documents for reader tests: from text, or from a fixture under {@code readers/}. */
final class Docs {

    private Docs() {
    }

    /** A document of the given text, split into lines as written. */
    static RawDocument of(String name, String text) {
        return new RawDocument(name, "raw/" + name, "0".repeat(64), List.of(text.split("\n", -1)));
    }

    /** A fixture under {@code src/test/resources/readers/}, normalized as ingest normalizes files. */
    static RawDocument fixture(String path) {
        try (InputStream in = Docs.class.getResourceAsStream("/readers/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new RawDocument(path, "raw/" + path, "0".repeat(64), TextNormalizer.lines(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every block of a tree of the given kind, depth first. */
    static List<Block> all(DocumentTree tree, BlockKind kind) {
        return tree.flatten().stream().filter(b -> b.kind() == kind).toList();
    }
}
