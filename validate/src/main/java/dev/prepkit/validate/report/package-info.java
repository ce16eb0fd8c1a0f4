/** Renderers of validation results: one small class per output format. */
package dev.prepkit.validate.report;
