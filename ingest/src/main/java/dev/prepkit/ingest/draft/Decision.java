package dev.prepkit.ingest.draft;

import dev.prepkit.model.LineRange;
import java.util.List;

/**
 * Why a block of a raw document became what it became, for {@code prepkit ingest --explain}.
 *
 * @param lines the block's raw lines; never null
 * @param kind the block's kind as read ({@code list-item}, {@code heading} …); never null
 * @param text the block's text, as read; never null
 * @param became what it became ({@code question}, {@code round}, {@code section: tips}, {@code dropped:
 *     table-of-contents} …); never null
 * @param score the question score, or NaN when the block was not scored as a question
 * @param features the named features that decided it, with their weights ({@code question-mark +3}); never null
 */
public record Decision(LineRange lines, String kind, String text, String became, double score, List<String> features) {

    public Decision {
        features = List.copyOf(features);
    }
}
