package dev.prepkit.export.xlsx;

import java.util.List;
import java.util.Objects;

/**
 * One curator's edit of one field of one question, read from a sheet.
 *
 * @param guideId the guide of the question; never null
 * @param questionId the question's id; never null
 * @param field which field: one of {@link #FIELDS} ({@code difficulty}, {@code tags}, {@code category},
 *     {@code round}, {@code notes}); never null
 * @param oldValue the value in the bank, in sheet form (difficulty label, tags joined by {@code ", "}), or null
 *     when the field is empty
 * @param newValue the value in the sheet, canonicalised (difficulty in lower case, tags trimmed), or null when
 *     the cell is empty (the field is cleared)
 */
public record Change(String guideId, String questionId, String field, String oldValue, String newValue) {

    /** The difficulty field; values are {@code easy}, {@code medium}, {@code hard}. */
    public static final String DIFFICULTY = "difficulty";
    /** The tags field; values are tags joined by {@code ", "}. */
    public static final String TAGS = "tags";
    /** The category field. */
    public static final String CATEGORY = "category";
    /** The round field; the guide's spelling when the sheet names one of its rounds in another case. */
    public static final String ROUND = "round";
    /** The notes field; line breaks as {@code \n}. */
    public static final String NOTES = "notes";

    /** The fields an import changes, in the order changes of one question are listed. */
    public static final List<String> FIELDS = List.of(DIFFICULTY, TAGS, CATEGORY, ROUND, NOTES);

    /**
     * @throws IllegalArgumentException when the field is not one of {@link #FIELDS}
     */
    public Change {
        Objects.requireNonNull(guideId, "guideId");
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(field, "field");
        if (!FIELDS.contains(field)) {
            throw new IllegalArgumentException("unknown field '" + field + "'; expected one of " + FIELDS);
        }
    }

    /** {@code q-0123456789 difficulty: medium -> hard}; an empty value shows as {@code (none)}. */
    @Override
    public String toString() {
        return questionId + " " + field + ": " + show(oldValue) + " -> " + show(newValue);
    }

    private static String show(String value) {
        return value == null ? "(none)" : value.replace("\n", "\\n");
    }
}
