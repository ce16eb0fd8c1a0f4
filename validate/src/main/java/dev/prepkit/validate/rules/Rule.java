package dev.prepkit.validate.rules;

import dev.prepkit.model.finding.Severity;

/** A validation rule: an id, a default severity and a one-line summary. */
public interface Rule {

    /** The rule's id, kebab case ({@code missing-difficulty}). */
    String id();

    /** The severity its findings have unless the configuration says otherwise. */
    Severity defaultSeverity();

    /** One line that says what the rule checks. */
    String summary();
}
