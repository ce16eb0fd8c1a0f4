package dev.prepkit.validate.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one realistic validation result every format's golden file renders: an error, a warning with a related raw
 * location, an info whose related location is the other copy of a duplicate, a whole-file finding (line 0) in a
 * path with a space, and an error whose message holds XML and workflow-command special characters. The rules are
 * a fixed list, not {@code Validator.rules()}, so the goldens do not change when rules are added.
 *
 * <p>To rewrite the goldens after a deliberate change, run the tests with {@code -Dprepkit.updateGolden=true}
 * and review the diff.
 */
final class ReportFixture {

    private ReportFixture() {
    }

    static ValidationResult result() {
        return new ValidationResult(List.of(
                new Finding("alias-tag", Severity.WARNING, new Location("guides/globex.yaml", 9, 19),
                        "question 'globex-1': tag 'Flink' is an alias of the canonical tag 'Apache Flink'",
                        "write 'Apache Flink'", List.of(new Location("raw/globex.txt", 47, 1))),
                new Finding("missing-difficulty", Severity.ERROR, new Location("guides/acme.yaml", 23, 7),
                        "question 'acme-2' has no difficulty; expected one of easy, medium, hard",
                        "add 'difficulty: easy|medium|hard' to the question, chosen by reading it"),
                new Finding("duplicate-question", Severity.INFO, new Location("guides/acme.yaml", 40, 11),
                        "question 'acme-7' appears 2 times across companies; also at guides/globex.yaml:12:11",
                        "nothing to do if each company really asks it",
                        List.of(new Location("guides/globex.yaml", 12, 11))),
                new Finding("schema", Severity.ERROR, Location.file("guides/initech draft.yaml"),
                        "the file is empty; a guide needs at least schemaVersion, id, company and title",
                        "write the guide, or delete the file"),
                new Finding("unknown-tag", Severity.ERROR, new Location("guides/globex.yaml", 14, 9),
                        "question 'globex-3': tag 'Q&A <live>, 100%' is not in the taxonomy",
                        "use a taxonomy tag such as \"Live Coding\", or add the tag to taxonomy.yaml")),
                3, 31);
    }

    static List<Rule> rules() {
        return List.of(
                rule("schema", Severity.ERROR, "a guide file breaks the guide JSON Schema"),
                rule("missing-difficulty", Severity.ERROR, "a question has no difficulty (easy, medium or hard)"),
                rule("unknown-tag", Severity.ERROR, "a tag is not in the taxonomy (with up to three suggestions)"),
                rule("alias-tag", Severity.WARNING,
                        "an alias is used where the taxonomy has a canonical tag (fixable)"),
                rule("duplicate-question", Severity.ERROR,
                        "the same question appears twice (error within a company, info across companies)"));
    }

    static Rule rule(String id, Severity severity, String summary) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return severity;
            }

            @Override
            public String summary() {
                return summary;
            }
        };
    }

    /** A test resource's text. */
    static String resource(String name) {
        try (InputStream in = ReportFixture.class.getResourceAsStream("/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /report/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts the output equals the golden file, or rewrites the golden when asked to. */
    static void assertGolden(String actual, String name) {
        if (Boolean.getBoolean("prepkit.updateGolden")) {
            Path file = Path.of(System.getProperty("prepkit.root", ".."), "validate", "src", "test", "resources",
                    "report", name);
            try {
                Files.writeString(file, actual, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).isEqualTo(resource(name));
    }
}
