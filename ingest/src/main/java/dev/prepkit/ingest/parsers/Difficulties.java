package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.model.Difficulty;

/** Reads difficulty labels that a page gives in a column or attribute, reporting the ones it cannot read. */
final class Difficulties {

    /** The rule id of the warning for a label that is not easy, medium or hard. */
    static final String UNKNOWN = "unknown-difficulty";

    private Difficulties() {
    }

    /**
     * The difficulty a label names ({@code Hard}, {@code HARD}, {@code medium}), or null. A label that is not one of
     * easy, medium, hard ({@code 3/5}, {@code Medium-Hard}) is left out and reported as a warning at its line.
     *
     * @param draft where to report
     * @param label the label as written, or null
     * @param line the raw line it is on
     * @return the difficulty, or null when the label is blank or unknown
     */
    static Difficulty read(GuideDraft draft, String label, int line) {
        if (label == null || label.isBlank()) {
            return null;
        }
        return Difficulty.fromLabel(label).orElseGet(() -> {
            draft.warn(UNKNOWN, line, "difficulty '" + label.strip() + "' is not one of easy, medium, hard: it was left"
                    + " out of the question", "map it to easy, medium or hard (the validator's difficulty synonyms),"
                    + " or fix the raw file");
            return null;
        });
    }
}
