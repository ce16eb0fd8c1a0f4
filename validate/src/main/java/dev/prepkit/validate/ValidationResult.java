package dev.prepkit.validate;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.util.List;

/**
 * What a validation run found.
 *
 * @param findings every finding, sorted by path, line, column, rule; never null
 * @param guides how many guide files were read
 * @param questions how many questions those guides hold
 */
public record ValidationResult(List<Finding> findings, int guides, int questions) {

    public ValidationResult {
        findings = findings.stream().sorted().toList();
    }

    /** How many findings have the given severity. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Whether any finding is at or above the given severity. */
    public boolean hasAtLeast(Severity severity) {
        return findings.stream().anyMatch(f -> f.severity().compareTo(severity) >= 0);
    }
}
