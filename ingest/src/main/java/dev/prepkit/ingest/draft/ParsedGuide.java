package dev.prepkit.ingest.draft;

import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Finding;
import java.util.List;

/**
 * What a parser made of one raw document.
 *
 * @param guide the guide; never null
 * @param ledger where each raw line went; never null
 * @param findings warnings and notes about the raw file (unclassified lines, unknown shape …); never null
 * @param lowConfidence whether the shape was not recognised and the generic parser guessed
 * @param decisions why each block became what it became, in document order (for {@code --explain}); empty for
 *     the layout patterns that read lines rather than blocks; never null
 */
public record ParsedGuide(Guide guide, LineLedger ledger, List<Finding> findings, boolean lowConfidence,
        List<Decision> decisions) {

    public ParsedGuide {
        findings = List.copyOf(findings);
        decisions = List.copyOf(decisions);
    }
}
