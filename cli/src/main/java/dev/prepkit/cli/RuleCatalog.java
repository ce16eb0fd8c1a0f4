package dev.prepkit.cli;

import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.Baseline;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.Validator;
import dev.prepkit.validate.rules.Rule;
import dev.prepkit.validate.rules.SimpleRule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every rule id a Prepkit command can report, with its default severity and summary: the validator's rules, the
 * checks of the taxonomy, the configuration and the baseline, what ingest says about raw files, and what import
 * says about a question sheet. {@code prepkit rules} lists them; SARIF reports carry their metadata.
 */
final class RuleCatalog {

    private RuleCatalog() {
    }

    /** The validator's rules and the checks of the files it reads; what {@code prepkit validate} can report. */
    static List<Rule> validation() {
        List<Rule> out = new ArrayList<>(Validator.rules());
        out.add(new SimpleRule(TaxonomyLoader.RULE, Severity.ERROR,
                "taxonomy.yaml breaks its schema, lists a tag or category twice, names an unknown parent or has a cycle"));
        out.add(new SimpleRule(TaxonomyLoader.FORM, Severity.WARNING,
                "taxonomy.yaml writes a name, alias or parent with '#' or stray spaces, a parent as an alias or in "
                        + "another case, a redundant alias, or spaces at line ends (fixable)"));
        out.add(new SimpleRule(ConfigLoader.RULE, Severity.ERROR,
                "prepkit.yaml breaks its schema or names an unknown rule"));
        out.add(new SimpleRule(Baseline.EXPIRED, Severity.WARNING,
                "a baseline entry accepting a finding has expired; the finding is reported again"));
        return out;
    }

    /** What ingest reports about raw files. */
    static List<Rule> ingest() {
        return List.of(
                new SimpleRule("unclassified-line", Severity.WARNING, "a raw line no parser rule claimed (never dropped silently)"),
                new SimpleRule("unknown-format", Severity.WARNING, "a raw file's shape was not recognised; the generic parser kept every line"),
                new SimpleRule("unknown-pinned-format", Severity.WARNING, "a guide's source.format names no known format; the raw file's format was detected"),
                new SimpleRule("curated-conflict", Severity.WARNING, "the raw file now disagrees with a curated field; the curated value stays"),
                new SimpleRule("empty-question", Severity.WARNING, "a question entry of a raw file has no text"),
                new SimpleRule("row-without-question", Severity.WARNING, "a table row has no question"),
                new SimpleRule("unknown-difficulty", Severity.WARNING, "a raw difficulty label that names no known difficulty; it is kept in the guide as written"),
                new SimpleRule("possibly-missed-questions", Severity.WARNING, "a guide with no question whose raw text has question-shaped lines (up to five named)"),
                new SimpleRule("many-lines-dropped", Severity.WARNING, "more than a quarter of a raw file's lines were dropped"),
                new SimpleRule("difficulty-synonym", Severity.INFO, "a raw difficulty label was read through difficultySynonyms of prepkit.yaml"),
                new SimpleRule("duplicate-in-source", Severity.INFO, "the raw file repeats a question; it is kept once with every line (alsoAt)"),
                new SimpleRule("malformed-table", Severity.WARNING, "a CSV/TSV or pipe table that cannot be read to its end"),
                new SimpleRule("mixed-companies", Severity.WARNING, "a table names several companies; the first one is used"),
                new SimpleRule("company-from-path", Severity.INFO, "the company was taken from the raw file's path"),
                new SimpleRule("company-unknown", Severity.INFO, "neither the raw text nor its path names the company; the guide has none until it is set"),
                new SimpleRule("role-from-path", Severity.INFO, "the role was taken from the raw file's path"),
                new SimpleRule("glued-label", Severity.INFO, "a navigation label glued onto content was split off"),
                new SimpleRule("faq-page", Severity.INFO, "a Q/A page about the hiring process: its pairs are FAQ, not interview questions"),
                new SimpleRule("unmapped-columns", Severity.INFO, "table columns with no guide field were kept as notes"));
    }

    /** What import and export report about question sheets. */
    static List<Rule> sheets() {
        return List.of(
                new SimpleRule("cell-too-long", Severity.ERROR, "a text is over Excel's 32,767-character cell limit; its row is not written"),
                new SimpleRule("import-invalid-value", Severity.ERROR, "a cell of an imported sheet holds an invalid value; its row is not applied"),
                new SimpleRule("import-unknown-id", Severity.ERROR, "a row of an imported sheet names no question of the bank"),
                new SimpleRule("import-duplicate-id", Severity.ERROR, "two rows of an imported sheet name the same question"),
                new SimpleRule("import-missing-column", Severity.ERROR, "an imported sheet lacks a required column"),
                new SimpleRule("import-stale-row", Severity.ERROR, "the question changed in the guides after the export; the row is refused unless --force"),
                new SimpleRule("import-deleted-row", Severity.WARNING, "a question of the bank has no row in the imported sheet; nothing is deleted"),
                new SimpleRule("import-ignored-edit", Severity.WARNING, "an edit of a column that is not imported (ID, Question, Source …)"));
    }

    /** Every rule. */
    static List<Rule> all() {
        List<Rule> out = new ArrayList<>(validation());
        out.addAll(ingest());
        out.addAll(sheets());
        return out;
    }
}
