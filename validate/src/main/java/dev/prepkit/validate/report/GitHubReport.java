package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.util.List;

/**
 * GitHub Actions workflow commands (GitHub Docs, "Workflow commands for GitHub Actions": "Setting an error
 * message", "Setting a warning message", "Setting a notice message"), which the runner turns into annotations on
 * the pull request's files: one line per finding,
 * {@code ::error file=PATH,line=L,col=C,title=RULE::MESSAGE} ({@code warning}, or {@code notice} for info;
 * {@code line} and {@code col} left out when unknown). The message continues on further lines with the related
 * locations ({@code from:}) and the fix ({@code fix:}). Data is escaped as the Actions toolkit does
 * ({@code %} {@code \r} {@code \n} as {@code %25} {@code %0D} {@code %0A}), property values also {@code :} and
 * {@code ,} ({@code %3A} {@code %2C}). The totals come last as a plain log line. Paths are as the findings name
 * them, so run {@code prepkit validate} from the repository's root.
 */
public final class GitHubReport implements ReportRenderer {

    /** The format's name. */
    public static final String NAME = "github";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String render(ValidationResult result, List<Rule> rules) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : result.findings()) {
            String command = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            Location at = f.location();
            sb.append("::").append(command).append(" file=").append(property(at.path()));
            if (at.line() > 0) {
                sb.append(",line=").append(at.line());
                if (at.column() > 0) {
                    sb.append(",col=").append(at.column());
                }
            }
            sb.append(",title=").append(property(f.ruleId())).append("::");
            StringBuilder message = new StringBuilder(f.message());
            Findings.unmentioned(f).forEach(r -> message.append("\nfrom: ").append(r));
            if (f.hint() != null) {
                message.append("\nfix: ").append(f.hint());
            }
            sb.append(data(message.toString())).append('\n');
        }
        sb.append(TextReport.summary(result)).append('\n');
        return sb.toString();
    }

    /** A command's message: {@code %}, CR and LF escaped (toolkit {@code escapeData}). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A command's property value: as {@link #data}, and {@code :} and {@code ,} (toolkit {@code escapeProperty}). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
