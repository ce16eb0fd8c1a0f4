package dev.prepkit.validate.report;

import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.util.List;

/**
 * One output format of {@code prepkit validate --format NAME}: turns a validation result into the text of a
 * report. One small class per format, as PMD's and Checkstyle's renderers are; {@link ReportFormats} names them.
 * Renderers are stateless after construction, deterministic (the same input gives the same bytes: no timestamps,
 * no absolute paths of their own) and thread-safe.
 */
public interface ReportRenderer {

    /** The format's name on the command line ({@code text}, {@code sarif} …). */
    String name();

    /**
     * The report.
     *
     * @param result the findings, sorted, and the totals
     * @param rules every rule the validator reports under, for their metadata ({@code Validator.rules()});
     *     findings of rules not in the list are still reported
     * @return the whole report, ending in a newline
     */
    String render(ValidationResult result, List<Rule> rules);
}
