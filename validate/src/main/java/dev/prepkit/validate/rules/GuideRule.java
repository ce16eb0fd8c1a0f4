package dev.prepkit.validate.rules;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.validate.GuideFile;
import java.util.function.Consumer;

/** A rule that looks at one guide at a time. Implementations are stateless and thread-safe. */
public interface GuideRule extends Rule {

    /**
     * Checks one guide.
     *
     * @param file the loaded guide file
     * @param context the run's shared context (taxonomy)
     * @param sink receives the findings
     */
    void check(GuideFile file, RuleContext context, Consumer<Finding> sink);
}
