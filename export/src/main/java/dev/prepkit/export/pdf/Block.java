package dev.prepkit.export.pdf;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;

/** One step of a pack's body, in reading order; see {@link PackPlan}. */
sealed interface Block {

    /** Start a new page (ignored when the page is still empty). */
    record PageBreak() implements Block {
    }

    /**
     * A heading: a bookmark, a link target and, down to {@link PackPlan#TOC_DEPTH}, a line of the contents.
     *
     * @param key the unique link and bookmark key
     * @param level 1 (part) to 4 (category)
     * @param title the heading text; never null
     * @param note a short line under the heading ("45 min · Coding"), or null
     */
    record Heading(String key, int level, String title, String note) implements Block {
    }

    /** A paragraph of running text, e.g. that the pack holds no questions. */
    record Text(String text) implements Block {
    }

    /** A guide's summary, if it has one, and the table of its interview rounds, kept together. */
    record Rounds(Guide guide) implements Block {
    }

    /**
     * A question with its number in the pack.
     *
     * @param number 1 to N, continuous across the pack
     */
    record Numbered(int number, Guide guide, Question question) implements Block {
    }

    /** One entry of a section (a value, a tip, an FAQ pair …). */
    record Item(SectionKind kind, SectionItem item) implements Block {
    }
}
