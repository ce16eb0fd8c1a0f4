package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.List;

/** What several formats say the same way about a finding. */
final class Findings {

    private Findings() {
    }

    /**
     * The related locations the message does not already name (a duplicate's message lists its other copies; a
     * raw source line is usually not in the message).
     */
    static List<Location> unmentioned(Finding f) {
        return f.related().stream().filter(r -> !f.message().contains(r.toString())).toList();
    }

    /**
     * The compiler-style lines of one finding, ending in a newline: as the text report prints them, but with every
     * related location (the text report, meant for a terminal, names three and counts the rest).
     */
    static String compilerStyle(Finding f) {
        StringBuilder sb = new StringBuilder();
        sb.append(f.location()).append(": ").append(f.severity().label()).append(" [").append(f.ruleId())
                .append("] ").append(f.message()).append('\n');
        for (Location r : unmentioned(f)) {
            sb.append("    from: ").append(r).append('\n');
        }
        if (f.hint() != null) {
            sb.append("    fix: ").append(f.hint()).append('\n');
        }
        return sb.toString();
    }

    /** SARIF's level of a severity (SARIF 2.1.0, section 3.27.10): error, warning or note. */
    static String sarifLevel(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
