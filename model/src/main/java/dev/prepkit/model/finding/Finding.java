package dev.prepkit.model.finding;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One problem found in the content: which rule, how serious, where, what, and how to fix it.
 * Findings sort one way everywhere: by location (path, line, column), then rule id, then message.
 *
 * @param ruleId the rule's id, kebab case ({@code missing-difficulty}); never null
 * @param severity how serious it is; never null
 * @param location where it is; never null
 * @param message what is wrong, one sentence in plain English; never null
 * @param hint how to fix it, or null
 * @param related other places the finding concerns: the raw line an element came from, the other copies of a
 *     duplicate; never null
 */
public record Finding(String ruleId, Severity severity, Location location, String message, String hint,
        List<Location> related) implements Comparable<Finding> {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::location)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** A finding with no related locations. */
    public Finding(String ruleId, Severity severity, Location location, String message, String hint) {
        this(ruleId, severity, location, message, hint, List.of());
    }

    /** A copy at another severity. */
    public Finding withSeverity(Severity value) {
        return new Finding(ruleId, value, location, message, hint, related);
    }

    @Override
    public int compareTo(Finding o) {
        return ORDER.compare(this, o);
    }
}
