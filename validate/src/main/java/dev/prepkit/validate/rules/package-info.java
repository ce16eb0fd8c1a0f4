/** Validation rules: per-guide rules and corpus rules, each with an id, a default severity and a summary. */
package dev.prepkit.validate.rules;
