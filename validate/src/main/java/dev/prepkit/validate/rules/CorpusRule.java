package dev.prepkit.validate.rules;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.validate.GuideFile;
import java.util.function.Consumer;

/**
 * A rule that needs the whole corpus (duplicates across guides). Each run starts a fresh {@link Check}, which
 * keeps only what the rule needs from each guide.
 */
public interface CorpusRule extends Rule {

    /**
     * The state of one run. A guide goes in in two steps: {@link #digest} takes what the rule needs from it, on
     * any thread (guides are digested on all cores, while they are loaded), then {@link #accept} keeps that
     * digest, on one thread, in file order. The guide itself (its tree, its records) is not kept.
     *
     * @param <T> what the rule keeps of one guide
     */
    interface Check<T> {
        /**
         * What the rule needs from one guide. Thread-safe: called concurrently for different guides, and must not
         * change the state of the run.
         *
         * @param file a loaded guide; not null
         * @return the guide's digest, handed to {@link #accept}; not null
         */
        T digest(GuideFile file);

        /**
         * Keeps one guide's digest. Not thread-safe: called from one thread, in file order.
         *
         * @param digest what {@link #digest} returned for the guide; not null
         */
        void accept(T digest);

        /** Digests one guide and keeps it, on the calling thread. */
        default void add(GuideFile file) {
            accept(digest(file));
        }

        /** Reports the findings once every guide was added. */
        void finish(Consumer<Finding> sink);
    }

    /** Starts a run. */
    Check<?> start(RuleContext context);
}
