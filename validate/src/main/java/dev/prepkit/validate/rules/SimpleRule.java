package dev.prepkit.validate.rules;

import dev.prepkit.model.finding.Severity;

/**
 * A rule's metadata only, for rules reported by a class that reports under several ids.
 *
 * @param id the rule's id
 * @param defaultSeverity its default severity
 * @param summary one line on what it checks
 */
public record SimpleRule(String id, Severity defaultSeverity, String summary) implements Rule {
}
