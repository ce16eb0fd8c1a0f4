package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JUnit XML, for CI test dashboards (Jenkins, GitLab, Azure DevOps): the de facto format of Apache Ant's
 * {@code junit} task and Maven Surefire's reports, as Jenkins' JUnit plugin reads it (there is no formal
 * standard). One {@code <testsuite name="prepkit validate">} holds a {@code <testcase>} per file that has findings
 * ({@code name} and {@code classname} are the file's path); each finding at or above the fail level is a
 * {@code <failure>} ({@code type} the rule id, {@code message} the finding's message, the text its compiler-style
 * lines), findings below it go to the test case's {@code <system-out>}. The result does not name the guides that
 * have no findings, so a clean run is one passing test case, {@code all guides}; the totals line is the suite's
 * {@code <system-out>}. {@code failures} counts failing test cases; no timestamps, times or host names.
 */
public final class JUnitReport implements ReportRenderer {

    /** The format's name. */
    public static final String NAME = "junit";
    /** The suite's name. */
    public static final String SUITE = "prepkit validate";

    private final Severity failLevel;

    /** Errors fail. */
    public JUnitReport() {
        this(Severity.ERROR);
    }

    /**
     * A report with its own fail level.
     *
     * @param failLevel the lowest severity that fails a file's test case; never null
     */
    public JUnitReport(Severity failLevel) {
        this.failLevel = Objects.requireNonNull(failLevel, "failLevel");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The lowest severity that fails a test case. */
    public Severity failLevel() {
        return failLevel;
    }

    @Override
    public String render(ValidationResult result, List<Rule> rules) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        result.findings().forEach(f -> byFile.computeIfAbsent(f.location().path(), p -> new ArrayList<>()).add(f));
        int tests = Math.max(1, byFile.size());
        long failing = byFile.values().stream().filter(fs -> fs.stream().anyMatch(this::fails)).count();
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<testsuites name=\"").append(attr(SUITE)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failing).append("\" errors=\"0\">\n");
        sb.append("  <testsuite name=\"").append(attr(SUITE)).append("\" tests=\"").append(tests)
                .append("\" failures=\"").append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
        if (byFile.isEmpty()) {
            sb.append("    <testcase name=\"all guides\" classname=\"").append(attr(SUITE)).append("\"/>\n");
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            sb.append("    <testcase name=\"").append(attr(e.getKey())).append("\" classname=\"")
                    .append(attr(e.getKey())).append("\">\n");
            StringBuilder out = new StringBuilder();
            for (Finding f : e.getValue()) {
                if (fails(f)) {
                    sb.append("      <failure message=\"").append(attr(f.message())).append("\" type=\"")
                            .append(attr(f.ruleId())).append("\">").append(text(Findings.compilerStyle(f)))
                            .append("</failure>\n");
                } else {
                    out.append(Findings.compilerStyle(f));
                }
            }
            if (!out.isEmpty()) {
                sb.append("      <system-out>").append(text(out.toString())).append("</system-out>\n");
            }
            sb.append("    </testcase>\n");
        }
        sb.append("    <system-out>").append(text(TextReport.summary(result) + "\n")).append("</system-out>\n");
        sb.append("  </testsuite>\n</testsuites>\n");
        return sb.toString();
    }

    private boolean fails(Finding f) {
        return f.severity().compareTo(failLevel) >= 0;
    }

    /** Character data (XML 1.0, section 2.4): {@code & < >} escaped, characters XML cannot hold replaced. */
    static String text(String s) {
        return escape(s, false);
    }

    /** An attribute value in double quotes (XML 1.0, 3.3.3): also {@code "} and tab, CR, LF as references. */
    static String attr(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\r' -> sb.append("&#13;");
                default -> {
                    boolean legal = c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
                    sb.appendCodePoint(legal ? c : 0xFFFD);
                }
            }
        }
        return sb.toString();
    }
}
