package dev.prepkit.validate.rules;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.validate.GuideFile;
import java.util.function.Consumer;

/**
 * A rule that needs the whole corpus (duplicates across guides). Each run starts a fresh {@link Check}, which
 * keeps only what the rule needs from each guide.
 */
public interface CorpusRule extends Rule {

    /** The state of one run. Not thread-safe: feed it from one thread. */
    interface Check {
        /** Takes what the rule needs from one guide. */
        void add(GuideFile file);

        /** Reports the findings once every guide was added. */
        void finish(Consumer<Finding> sink);
    }

    /** Starts a run. */
    Check start(RuleContext context);
}
