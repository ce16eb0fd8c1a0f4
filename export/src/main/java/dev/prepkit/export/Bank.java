package dev.prepkit.export;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The question bank an export is made from: guides in a fixed order, each with the questions selected from it.
 *
 * @param guides the guides, in export order; never null
 */
public record Bank(List<Guide> guides) {

    public Bank {
        guides = List.copyOf(guides);
    }

    /**
     * A question together with the guide it belongs to.
     *
     * @param guide the guide; never null
     * @param question the question; never null
     */
    public record Entry(Guide guide, Question question) {
        public Entry {
            Objects.requireNonNull(guide, "guide");
            Objects.requireNonNull(question, "question");
        }
    }

    /** Every active question (not removed from its source), guide by guide, in guide order. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (Guide g : guides) {
            for (Question q : g.questions()) {
                if (q.isActive()) {
                    out.add(new Entry(g, q));
                }
            }
        }
        return out;
    }
}
