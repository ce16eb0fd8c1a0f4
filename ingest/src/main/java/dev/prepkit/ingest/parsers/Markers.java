package dev.prepkit.ingest.parsers;

import java.util.Optional;

/**
 * Emoji list markers read as meaning: {@code ❌} and {@code 🚫} mean "avoid", {@code ✅} and {@code ✔} mean "do".
 * The emoji itself is not kept: fonts for print rarely have it.
 */
enum Markers {
    AVOID("Avoid", "\u274C", "\uD83D\uDEAB", "\u2716", "\u2718", "\u26D4"),
    DO("Do", "\u2705", "\u2714", "\u2713", "\u2611");

    private final String meaning;
    private final String[] symbols;

    Markers(String meaning, String... symbols) {
        this.meaning = meaning;
        this.symbols = symbols;
    }

    /** The word the marker stands for: "Avoid" or "Do". */
    String meaning() {
        return meaning;
    }

    /** The marker a line starts with, if any. */
    static Optional<Markers> at(String line) {
        String s = line.strip();
        for (Markers m : values()) {
            for (String sym : m.symbols) {
                if (s.startsWith(sym)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    /** The line without its leading marker (and an emoji variation selector after it). */
    static String strip(String line) {
        String s = line.strip();
        for (Markers m : values()) {
            for (String sym : m.symbols) {
                if (s.startsWith(sym)) {
                    return s.substring(sym.length()).replaceFirst("^\uFE0F", "").strip();
                }
            }
        }
        return s;
    }
}
