package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/** How hard a question is. Written in YAML in lower case: {@code easy}, {@code medium}, {@code hard}. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    /** The YAML form, lower case. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The canonical difficulty for exactly one of {@code easy}, {@code medium}, {@code hard}
     * (any case, surrounding space ignored), else empty.
     */
    public static Optional<Difficulty> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        for (Difficulty d : values()) {
            if (d.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /**
     * Jackson's reader.
     *
     * @throws IllegalArgumentException when the label is not canonical
     */
    @JsonCreator
    public static Difficulty of(String label) {
        return fromLabel(label).filter(d -> d.label().equals(label))
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown difficulty '" + label + "'; expected one of easy, medium, hard"));
    }
}
