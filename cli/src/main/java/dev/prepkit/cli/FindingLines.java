package dev.prepkit.cli;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints findings the way every command but {@code validate} (which has its report formats) does: sorted, one
 * compiler-style line each ({@code path:line:col: severity [rule] message}) and its fix on the next line.
 */
final class FindingLines {

    private FindingLines() {
    }

    /** Prints the errors and warnings of {@code findings}; infos are left out. */
    static void print(PrintWriter pw, List<Finding> findings) {
        print(pw, findings, false);
    }

    /**
     * Prints findings.
     *
     * @param pw where to print; not null
     * @param findings the findings, in any order; not null
     * @param infos whether infos are printed too
     */
    static void print(PrintWriter pw, List<Finding> findings, boolean infos) {
        for (Finding f : findings.stream().sorted().toList()) {
            if (f.severity() == Severity.INFO && !infos) {
                continue;
            }
            pw.println(f.location() + ": " + f.severity().label() + " [" + f.ruleId() + "] " + f.message());
            if (f.hint() != null) {
                pw.println("    fix: " + f.hint());
            }
        }
    }
}
