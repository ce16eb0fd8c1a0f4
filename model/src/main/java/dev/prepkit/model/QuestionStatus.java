package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a question is still in its raw source. */
public enum QuestionStatus {
    /** The question is in the raw file it was ingested from (or was written by hand). */
    ACTIVE,
    /** The question was in an earlier version of its raw file and is no longer; kept, never deleted. */
    REMOVED_FROM_SOURCE;

    /** The YAML form, e.g. {@code removed-from-source}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException when the label names no status
     */
    @JsonCreator
    public static QuestionStatus of(String label) {
        for (QuestionStatus s : values()) {
            if (s.label().equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown question status '" + label + "'");
    }
}
