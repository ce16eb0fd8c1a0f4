package dev.prepkit.export.pdf;

import java.util.List;

/**
 * What {@link StudyPackWriter#write} produced.
 *
 * @param pages the number of pages of the PDF, at least 1
 * @param questions the number of questions in the pack (numbered 1 to this)
 * @param uncoveredCharacters the characters no embedded font can draw, which the pack shows as a visible marker
 *     ({@link FontCoverage#MARKER}) instead; each written {@code "U+1F6AB 🚫"}, sorted by code point, no
 *     duplicates; never null, empty when every character could be drawn
 */
public record PackResult(int pages, int questions, List<String> uncoveredCharacters) {

    public PackResult {
        uncoveredCharacters = List.copyOf(uncoveredCharacters);
    }
}
