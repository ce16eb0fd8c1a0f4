package dev.prepkit.ingest.interpret.patterns;

import dev.prepkit.ingest.document.Block;
import java.util.List;

/**
 * A page layout the interpreter recognises inside any document: a run of sibling blocks (the items of one list, or
 * consecutive top-level blocks) that together make one question, round or section item in a way no single block
 * shows (a question-bank card {@code Role • Category • difficulty} + question + {@code #Tag} lines). A pattern is
 * one class; {@link Patterns} registers it with one line.
 */
public interface BlockPattern {

    /** The pattern's name, kebab case, as {@code --explain} shows it. */
    String name();

    /**
     * How many sibling blocks from {@code from} on this pattern reads as one unit.
     *
     * @param siblings the sibling blocks, in document order
     * @param from the index of the first block to look at
     * @return 0 when the pattern does not start at {@code from}; else the number of blocks it claims (≥ 1)
     */
    int claim(List<Block> siblings, int from);

    /**
     * Reads the blocks a {@link #claim} returned into the guide.
     *
     * @param claimed the claimed blocks, in order; never empty
     * @param sink where questions and kept lines go
     */
    void apply(List<Block> claimed, PatternSink sink);
}
