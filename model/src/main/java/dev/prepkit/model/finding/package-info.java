/**
 * Findings: immutable values (rule id, severity, location, message, hint) that every stage reports, sorted one
 * way everywhere (path, line, column, rule).
 */
package dev.prepkit.model.finding;
