package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.util.List;

/**
 * Compiler-style text, the format of GCC's and javac's diagnostics: one line per finding
 * ({@code path:line:col: severity [rule] message}) that editors and terminals can jump to, the related locations
 * ({@code from:}, at most three, then a count) and the fix ({@code fix:}) on indented lines below, and totals at the end.
 *
 * <p>With colour on (for a terminal; ANSI SGR escapes, ECMA-48 section 8.3.117) the lines stay the same, the
 * location is bold, the severity word coloured (error red, warning yellow, info cyan), and a blank line separates
 * the findings of one file from the next. Without colour the output is plain text with no blank lines.
 */
public final class TextReport implements ReportRenderer {

    /** Related locations printed per finding; the rest are counted, so a cluster does not flood the screen. */
    static final int MAX_FROM = 3;

    /** The format's name. */
    public static final String NAME = "text";

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[1;31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    private final boolean color;

    /** Plain text. */
    public TextReport() {
        this(false);
    }

    /**
     * Text, coloured or plain.
     *
     * @param color whether to colour it with ANSI escapes
     */
    public TextReport(boolean color) {
        this.color = color;
    }

    /** Plain text; the same as {@code new TextReport().render(result, rules)} for any rules. */
    public static String render(ValidationResult result) {
        return new TextReport(false).render(result, List.of());
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Whether this report colours its output. */
    public boolean color() {
        return color;
    }

    @Override
    public String render(ValidationResult result, List<Rule> rules) {
        StringBuilder sb = new StringBuilder();
        String file = null;
        for (Finding f : result.findings()) {
            if (color && file != null && !file.equals(f.location().path())) {
                sb.append('\n');
            }
            file = f.location().path();
            sb.append(style(BOLD, f.location() + ":")).append(' ').append(severity(f.severity())).append(' ')
                    .append(style(DIM, "[" + f.ruleId() + "]")).append(' ').append(f.message()).append('\n');
            List<Location> from = Findings.unmentioned(f);
            for (Location r : from.subList(0, Math.min(from.size(), MAX_FROM))) {
                sb.append("    ").append(style(DIM, "from:")).append(' ').append(r).append('\n');
            }
            if (from.size() > MAX_FROM) {
                sb.append("    ").append(style(DIM, "from:")).append(" … and ").append(from.size() - MAX_FROM)
                        .append(" more (every location is in --format json or sarif)\n");
            }
            if (f.hint() != null) {
                sb.append("    ").append(style(GREEN, "fix:")).append(' ').append(f.hint()).append('\n');
            }
        }
        if (color && !result.findings().isEmpty()) {
            sb.append('\n');
        }
        sb.append(color ? coloredSummary(result) : summary(result)).append('\n');
        return sb.toString();
    }

    /** The totals line: {@code 5 guides, 59 questions: 0 errors, 0 warnings, 0 infos}. */
    public static String summary(ValidationResult result) {
        return counts(result) + plural(result.count(Severity.ERROR), "error") + ", "
                + plural(result.count(Severity.WARNING), "warning") + ", "
                + plural(result.count(Severity.INFO), "info");
    }

    private static String counts(ValidationResult result) {
        return result.guides() + (result.guides() == 1 ? " guide, " : " guides, ") + result.questions()
                + (result.questions() == 1 ? " question: " : " questions: ");
    }

    private String coloredSummary(ValidationResult result) {
        long errors = result.count(Severity.ERROR);
        long warnings = result.count(Severity.WARNING);
        return counts(result) + (errors > 0 ? style(RED, plural(errors, "error")) : plural(errors, "error")) + ", "
                + (warnings > 0 ? style(YELLOW, plural(warnings, "warning")) : plural(warnings, "warning")) + ", "
                + plural(result.count(Severity.INFO), "info");
    }

    private String severity(Severity s) {
        return switch (s) {
            case ERROR -> style(RED, s.label());
            case WARNING -> style(YELLOW, s.label());
            case INFO -> style(CYAN, s.label());
        };
    }

    private String style(String sgr, String text) {
        return color ? sgr + text + RESET : text;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
