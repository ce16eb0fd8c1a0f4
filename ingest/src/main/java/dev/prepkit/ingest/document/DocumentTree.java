package dev.prepkit.ingest.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A raw document read into blocks by one reader: the one shape every reader produces and the interpreter reads.
 *
 * @param doc the raw document; never null
 * @param reader the name of the reader that made the tree ({@code markdown}, {@code html} …); never null
 * @param blocks the top-level blocks in document order; never null
 */
public record DocumentTree(RawDocument doc, String reader, List<Block> blocks) {

    public DocumentTree {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(reader, "reader");
        blocks = List.copyOf(blocks);
    }

    /** Visits every block, depth first, parents before their children. */
    public void walk(Consumer<Block> visitor) {
        walk(blocks, visitor);
    }

    /** Every block, depth first, parents before their children. */
    public List<Block> flatten() {
        List<Block> out = new ArrayList<>();
        walk(out::add);
        return out;
    }

    private static void walk(List<Block> blocks, Consumer<Block> visitor) {
        for (Block b : blocks) {
            visitor.accept(b);
            walk(b.children(), visitor);
        }
    }
}
