/**
 * Safe, mechanical fixes that keep everything else in a file as it was: {@link dev.prepkit.validate.fix.GuideFixer}
 * for guide files (tags, categories, difficulties, white space) and {@link dev.prepkit.validate.fix.TaxonomyFixer}
 * for {@code taxonomy.yaml} (names, aliases and parents). Each fix corresponds to a finding the validator reports
 * with "prepkit fix does it" in its hint, and is kept only when the fixed text reads back as the intended values.
 */
package dev.prepkit.validate.fix;
