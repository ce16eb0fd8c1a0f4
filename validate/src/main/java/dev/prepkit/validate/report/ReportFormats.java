package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The registry of report formats, by the name {@code prepkit validate --format NAME} takes: {@code text},
 * {@code json}, {@code sarif}, {@code junit} and {@code github}.
 */
public final class ReportFormats {

    /**
     * What some formats let the user choose.
     *
     * @param color whether the text report colours its output with ANSI escapes (for a terminal)
     * @param failLevel the lowest severity the JUnit report counts as a failure; never null
     */
    public record Options(boolean color, Severity failLevel) {

        public Options {
            Objects.requireNonNull(failLevel, "failLevel");
        }

        /** No colour; errors fail. */
        public static Options defaults() {
            return new Options(false, Severity.ERROR);
        }
    }

    private static final List<String> NAMES = List.of(TextReport.NAME, JsonReport.NAME, SarifReport.NAME,
            JUnitReport.NAME, GitHubReport.NAME);

    private ReportFormats() {
    }

    /** Every format's name, {@code text} (the default) first. */
    public static List<String> names() {
        return NAMES;
    }

    /** The format of that name (case-insensitive), with the default options. */
    public static Optional<ReportRenderer> byName(String name) {
        return byName(name, Options.defaults());
    }

    /** The format of that name (case-insensitive), with the given options; empty for an unknown name. */
    public static Optional<ReportRenderer> byName(String name, Options options) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (name.trim().toLowerCase(Locale.ROOT)) {
            case TextReport.NAME -> new TextReport(options.color());
            case JsonReport.NAME -> new JsonReport();
            case SarifReport.NAME -> new SarifReport();
            case JUnitReport.NAME -> new JUnitReport(options.failLevel());
            case GitHubReport.NAME -> new GitHubReport();
            default -> null;
        });
    }
}
