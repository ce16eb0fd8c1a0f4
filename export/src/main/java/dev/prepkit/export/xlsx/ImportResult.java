package dev.prepkit.export.xlsx;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.util.List;

/**
 * What reading a question sheet back found.
 *
 * @param rows how many question rows (non-blank rows below the header) the sheet holds
 * @param changes the accepted edits, in bank order (guide, question, then field order of {@link Change#FIELDS});
 *     never null
 * @param findings rows refused and other problems, sorted; never null
 */
public record ImportResult(int rows, List<Change> changes, List<Finding> findings) {

    public ImportResult {
        changes = changes == null ? List.of() : List.copyOf(changes);
        findings = findings == null ? List.of() : findings.stream().sorted().toList();
    }

    /**
     * Whether some edits were refused.
     *
     * @return true when a finding is an error
     */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }
}
