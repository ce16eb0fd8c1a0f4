package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One entry of a {@link Section}: a value with its description, a tip, an FAQ pair, a red flag.
 *
 * @param title a short heading ("Judgment", "Hiring Manager"), or null
 * @param text the entry's body (for an FAQ pair, the question), or null when the title says it all
 * @param answer for FAQ pairs, the answer; otherwise null
 * @param lines the raw-file lines it came from, or null
 */
@JsonPropertyOrder({"title", "text", "answer", "lines"})
public record SectionItem(String title, String text, String answer, LineRange lines) {

    /** An item with a body only. */
    public static SectionItem text(String text, LineRange lines) {
        return new SectionItem(null, text, null, lines);
    }
}
