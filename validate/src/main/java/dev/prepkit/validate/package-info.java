/**
 * Validation of guide files: the guide JSON Schema through {@link dev.prepkit.validate.SchemaCheck} (the one
 * adapter over networknt json-schema-validator), then the {@link dev.prepkit.validate.rules rules}, giving
 * {@link dev.prepkit.model.finding.Finding findings} located at the YAML line and column; and of the files the
 * rules read: the taxonomy ({@link dev.prepkit.validate.TaxonomyLoader}, with the fixable problems of
 * {@link dev.prepkit.validate.TaxonomyForms}) and the configuration ({@link dev.prepkit.validate.ConfigLoader}).
 */
package dev.prepkit.validate;
