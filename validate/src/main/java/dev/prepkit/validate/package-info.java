/**
 * Validation of guide files: the guide JSON Schema through {@link dev.prepkit.validate.SchemaCheck} (the one
 * adapter over networknt json-schema-validator), then the {@link dev.prepkit.validate.rules rules}, giving
 * {@link dev.prepkit.model.finding.Finding findings} located at the YAML line and column.
 */
package dev.prepkit.validate;
