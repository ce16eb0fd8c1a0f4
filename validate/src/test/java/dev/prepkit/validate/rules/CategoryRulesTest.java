package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryRulesTest {

    private static Path fixture(String name) throws Exception {
        return Path.of(CategoryRulesTest.class.getResource("/categories/" + name).toURI());
    }

    private static ValidationResult validate(String taxonomyFile) throws Exception {
        TaxonomyLoader.Result t = new TaxonomyLoader().load(fixture(taxonomyFile), "taxonomy.yaml");
        PrepkitConfig quiet = new PrepkitConfig(null, Map.of("unused-tag", "off"), null, null, null, null, null);
        return new Validator(t.taxonomy(), quiet).validate(List.of(fixture("guides/acme-backend.yaml")),
                p -> p.getFileName().toString());
    }

    private static List<Finding> categoryFindings(ValidationResult r) {
        return r.findings().stream().filter(f -> f.ruleId().equals(CategoryRules.UNKNOWN)
                || f.ruleId().equals(CategoryRules.ALIAS)).toList();
    }

    @Test
    void anUnknownCategoryIsAnErrorAtItsCategoryWithSuggestionsAndTheRawLine() throws Exception {
        List<Finding> found = categoryFindings(validate("taxonomy.yaml"));
        assertThat(found).filteredOn(f -> f.ruleId().equals(CategoryRules.UNKNOWN)).hasSize(2).first().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location()).hasToString("acme-backend.yaml:17:15");
            assertThat(f.message()).isEqualTo("question 'q-0000000002' names category 'Sytem Design', which the "
                    + "taxonomy does not list");
            assertThat(f.hint()).isEqualTo("use a canonical category (did you mean 'System Design'?), or add it to "
                    + "the categories of taxonomy.yaml");
            assertThat(f.related()).extracting(Location::toString).containsExactly("raw/acme/backend.txt:4:1");
        });
    }

    @Test
    void upToThreeSuggestionsAreNamedClosestFirst() throws Exception {
        assertThat(categoryFindings(validate("taxonomy.yaml"))).filteredOn(f -> f.message().contains("'Leadership'"))
                .singleElement().satisfies(f -> assertThat(f.hint()).isEqualTo("use a canonical category (did you "
                        + "mean 'Team Leadership & Culture' or 'Technical Leadership at Netflix Scale'?), or add it to "
                        + "the categories of taxonomy.yaml"));
    }

    @Test
    void anAliasOrAnotherCaseIsAFixableWarningNamingTheCanonicalCategory() throws Exception {
        assertThat(categoryFindings(validate("taxonomy.yaml"))).filteredOn(f -> f.ruleId().equals(CategoryRules.ALIAS))
                .extracting(f -> f.severity() + " " + f.location() + " " + f.message() + " | " + f.hint())
                .containsExactly(
                        "WARNING acme-backend.yaml:23:15 question 'q-0000000003' names category 'Systems Design', an "
                                + "alias of the canonical category 'System Design' | write 'System Design' (prepkit fix does it)",
                        "WARNING acme-backend.yaml:28:15 question 'q-0000000004' names category 'freedom & "
                                + "responsibility', the canonical category 'Freedom & Responsibility' written in another "
                                + "case | write 'Freedom & Responsibility' (prepkit fix does it)");
    }

    @Test
    void canonicalCategoriesAndQuestionsWithoutACategoryGiveNoFinding() throws Exception {
        assertThat(categoryFindings(validate("taxonomy.yaml"))).extracting(Finding::message)
                .noneMatch(m -> m.contains("q-0000000001") || m.contains("q-0000000006"));
    }

    @Test
    void withoutCategoriesInTheTaxonomyCategoriesAreNotCheckedAndTheTaxonomySaysSoOnce() throws Exception {
        assertThat(categoryFindings(validate("tags-only-taxonomy.yaml"))).isEmpty();
        assertThat(new TaxonomyLoader().load(fixture("tags-only-taxonomy.yaml"), "taxonomy.yaml").findings())
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("categories are not checked");
                });
    }

    @Test
    void bothRulesAreListedAndTheirSeveritiesCanBeConfigured(@TempDir Path tmp) throws Exception {
        assertThat(Validator.rules()).extracting(r -> r.id() + " " + r.defaultSeverity())
                .contains("unknown-category ERROR", "category-alias WARNING");
        assertThat(CategoryRules.reportedRules()).first().satisfies(r -> assertThat(r.summary())
                .contains("unchecked while it lists no categories"));
        Path config = Files.writeString(tmp.resolve("prepkit.yaml"), """
                schemaVersion: "1"
                rules: { unknown-category: warning, category-alias: "off" }
                """);
        ConfigLoader.Result c = new ConfigLoader().load(config, "prepkit.yaml");
        assertThat(c.findings()).isEmpty();
        TaxonomyLoader.Result t = new TaxonomyLoader().load(fixture("taxonomy.yaml"), "taxonomy.yaml");
        ValidationResult r = new Validator(t.taxonomy(), c.config()).validate(List.of(fixture("guides/acme-backend.yaml")),
                p -> p.getFileName().toString());
        assertThat(categoryFindings(r)).hasSize(2).allSatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo(CategoryRules.UNKNOWN);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
    }
}
