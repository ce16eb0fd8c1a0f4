package dev.prepkit.ingest.interpret.patterns;

import java.util.List;

/** The page patterns the interpreter tries on every run of sibling blocks, in this order. */
public final class Patterns {

    /** Every built-in pattern; a new one is one class and one line here. */
    public static final List<BlockPattern> ALL = List.of(new CardPattern());

    private Patterns() {
    }
}
