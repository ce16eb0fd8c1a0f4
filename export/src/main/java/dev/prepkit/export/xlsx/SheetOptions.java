package dev.prepkit.export.xlsx;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How to write a question sheet.
 *
 * @param title the workbook's title (document properties, Summary sheet, printed page header); null or blank
 *     reads as {@link #DEFAULT_TITLE}; at most 255 characters
 * @param coach whether to add the coach columns (Asked, Score, Interviewer notes)
 * @param contentDate the date of the content, used as the document's created and modified date and as the
 *     time of every zip entry, so that the same input gives the same bytes; never null
 */
public record SheetOptions(String title, boolean coach, LocalDate contentDate) {

    /** The title used when none is given. */
    public static final String DEFAULT_TITLE = "Prepkit question bank";

    /**
     * @throws NullPointerException when {@code contentDate} is null
     * @throws IllegalArgumentException when the title is longer than 255 characters
     */
    public SheetOptions {
        Objects.requireNonNull(contentDate, "contentDate");
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        if (title.length() > 255) {
            throw new IllegalArgumentException("title longer than 255 characters");
        }
    }
}
