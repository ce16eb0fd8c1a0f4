package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;

/**
 * Compiler-style text: one line per finding ({@code path:line:col: severity [rule] message}) that editors and
 * terminals can jump to, the raw location and the fix on indented lines below, and totals at the end.
 */
public final class TextReport {

    private TextReport() {
    }

    /** The report, ending in a newline. */
    public static String render(ValidationResult result) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : result.findings()) {
            sb.append(f.location()).append(": ").append(f.severity().label()).append(" [").append(f.ruleId())
                    .append("] ").append(f.message()).append('\n');
            for (Location r : f.related()) {
                if (!f.message().contains(r.toString())) {
                    sb.append("    from: ").append(r).append('\n');
                }
            }
            if (f.hint() != null) {
                sb.append("    fix: ").append(f.hint()).append('\n');
            }
        }
        sb.append(summary(result)).append('\n');
        return sb.toString();
    }

    /** The totals line: {@code 5 guides, 59 questions: 0 errors, 0 warnings, 0 infos}. */
    public static String summary(ValidationResult result) {
        return result.guides() + (result.guides() == 1 ? " guide, " : " guides, ") + result.questions()
                + (result.questions() == 1 ? " question: " : " questions: ")
                + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + plural(result.count(Severity.INFO), "info");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
