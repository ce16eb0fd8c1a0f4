package dev.prepkit.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {

    @Test
    void aCycleOfParentsAndATagListedTwiceAreErrorsAtTheirLines(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("taxonomy.yaml"), """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    parent: Streams
                  - name: Streams
                    parent: Kafka
                  - name: Redis
                    aliases: [Kafka]
                """);
        TaxonomyLoader.Result r = new TaxonomyLoader().load(f, "taxonomy.yaml");
        assertThat(r.findings()).extracting(Finding::message)
                .anySatisfy(m -> assertThat(m).contains("'Kafka' is its own ancestor"))
                .anySatisfy(m -> assertThat(m).contains("'Kafka' is listed twice"));
        assertThat(r.findings()).filteredOn(x -> x.severity() == Severity.ERROR)
                .allSatisfy(x -> assertThat(x.location().line()).isPositive());
        assertThat(r.taxonomy().tags()).hasSize(3);
    }

    @Test
    void theShippedTaxonomyIsClean() {
        TaxonomyLoader.Result r = new TaxonomyLoader().load(dev.prepkit.model.testing.RepoRoot.content()
                .resolve("taxonomy.yaml"), "taxonomy.yaml");
        assertThat(r.findings()).isEmpty();
        assertThat(r.taxonomy().canonical("Apache Flink")).hasValueSatisfying(t -> assertThat(t.aliases()).contains("Flink"));
    }

    @Test
    void aMissingTaxonomyIsAWarningNotACrash(@TempDir Path tmp) {
        TaxonomyLoader.Result r = new TaxonomyLoader().load(tmp.resolve("none.yaml"), "none.yaml");
        assertThat(r.taxonomy().tags()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(x -> assertThat(x.message()).contains("no taxonomy"));
    }

    @Test
    void aMissingTaxonomySaysCategoriesAreNotCheckedEither(@TempDir Path tmp) {
        TaxonomyLoader.Result r = new TaxonomyLoader().load(tmp.resolve("none.yaml"), "none.yaml");
        assertThat(r.findings()).singleElement().satisfies(x -> assertThat(x.message()).contains("categories are not checked"));
    }

    @Test
    void aTaxonomyWithoutCategoriesGivesOneInfoAtTheFileSayingCategoriesAreNotChecked(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                """);
        assertThat(r.taxonomy().categories()).isEmpty();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(TaxonomyLoader.RULE);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().toString()).isEqualTo("taxonomy.yaml");
            assertThat(f.message()).isEqualTo("the taxonomy lists no categories, so questions' categories are not checked");
            assertThat(f.hint()).contains("categories:");
        });
    }

    @Test
    void anEmptyCategoriesListIsTheSameInfoAtItsLine(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags: []
                categories: []
                """);
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.location().line()).isEqualTo(3);
        });
    }

    @Test
    void categoriesAreLoadedAndCheckedLikeTagsACategoryOrAliasListedUnderTwoEntriesIsAnError(@TempDir Path tmp)
            throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: Leadership
                categories:
                  - name: System Design
                    aliases: [Systems Design]
                    description: Designing large systems.
                  - name: Leadership
                    aliases: [system design, People Leadership]
                  - name: Culture
                    aliases: [People Leadership]
                  - name: leadership
                """);
        assertThat(r.taxonomy().categories()).extracting(c -> c.name())
                .containsExactly("System Design", "Leadership", "Culture", "leadership");
        assertThat(r.taxonomy().category("System Design")).hasValueSatisfying(c ->
                assertThat(c.description()).isEqualTo("Designing large systems."));
        assertThat(r.findings()).extracting(f -> f.severity() + " " + f.location() + " " + f.message()).containsExactly(
                "ERROR taxonomy.yaml:9:15 'system design' is listed twice: as an alias of 'Leadership' and as the "
                        + "category 'System Design'",
                "ERROR taxonomy.yaml:11:15 'People Leadership' is listed twice: as an alias of 'Culture' and as an "
                        + "alias of 'Leadership'",
                "ERROR taxonomy.yaml:12:11 'leadership' is listed twice: as the category 'leadership' and as the "
                        + "category 'Leadership'");
        assertThat(r.findings()).allSatisfy(f -> assertThat(f.hint()).contains("cannot tell which"));
    }

    @Test
    void aTagAndACategoryMayShareANameTheyAreSeparateVocabularies(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: Leadership
                categories:
                  - name: Leadership
                """);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void everyFixableProblemIsAWarningThatSaysPrepkitFixDoesItAndTheAmbiguousAliasStaysAnError() throws Exception {
        String text = Files.readString(fixture("bad-forms.yaml"));
        TaxonomyLoader.Result r = new TaxonomyLoader().read(text, "taxonomy.yaml");
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(TaxonomyLoader.FORM)).hasSize(15)
                .allSatisfy(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.hint()).contains("prepkit fix does it");
                    assertThat(f.location().line()).isPositive();
                });
        assertThat(r.findings()).filteredOn(f -> f.ruleId().equals(TaxonomyLoader.FORM)).extracting(Finding::message)
                .contains("tag '#Kafka ' starts with '#'",
                        "parent 'Flink' of 'Flink SQL' is an alias of the canonical tag 'Apache Flink'",
                        "parent 'stream processing' of 'Apache Flink' is the canonical tag 'Stream Processing' written "
                                + "in another case",
                        "alias 'kafka' of tag '#Kafka ' is the tag's own name",
                        "alias 'Streaming' of tag 'Stream Processing' is listed twice in its entry",
                        "category 'System  Design' has stray spaces",
                        "2 lines end with white space (lines 1, 21)");
        // the schema's pattern errors for '#Kafka ', "System  Design" and '#Culture' are the warnings above, not errors
        assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::message)
                .containsExactly("'Apache Flink' is listed twice: as an alias of 'Redis' and as the tag 'Apache Flink'");
        assertThat(r.findings()).extracting(Finding::message).noneMatch(m -> m.contains("is not a canonical tag"));
    }

    @Test
    void aParentThatIsNoTagInAnyFormIsStillAnErrorAndSoIsACycleThroughAnAlias(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    parent: Streams
                  - name: Stream Processing
                    aliases: [Streams]
                    parent: kafka
                  - name: Redis
                    parent: Databases
                categories:
                  - name: System Design
                """);
        assertThat(r.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.message()).containsExactlyInAnyOrder(
                "WARNING taxonomy-form parent 'Streams' of 'Kafka' is an alias of the canonical tag 'Stream Processing'",
                "WARNING taxonomy-form parent 'kafka' of 'Stream Processing' is the canonical tag 'Kafka' written in "
                        + "another case",
                "ERROR taxonomy 'Kafka' is its own ancestor: the parents form a cycle",
                "ERROR taxonomy 'Stream Processing' is its own ancestor: the parents form a cycle",
                "ERROR taxonomy parent 'Databases' of 'Redis' is not a canonical tag");
    }

    @Test
    void aBadlyWrittenNameThatWouldCollideWithAnotherEntryIsNotFixableItStaysASchemaErrorAndADuplicate(@TempDir Path tmp)
            throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                categories:
                  - name: Culture
                  - name: "#Culture"
                """);
        assertThat(r.findings()).extracting(f -> f.severity() + " " + f.ruleId() + " " + f.location().line())
                .containsExactlyInAnyOrder("ERROR taxonomy 6", "ERROR taxonomy 6");
        assertThat(r.findings()).extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("/categories/1/name"))
                .anySatisfy(m -> assertThat(m).contains("'#Culture' is listed twice"));
    }

    @Test
    void trailingWhiteSpaceInsideABlockScalarIsTextNotAProblem(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, "schemaVersion: \"1\"\ntags:\n  - name: Kafka\n    description: |\n"
                + "      keeps this   \n      as it is\ncategories:\n  - name: System Design\n");
        assertThat(r.findings()).isEmpty();
        assertThat(r.taxonomy().tags().get(0).description()).isEqualTo("keeps this   \nas it is\n");
    }

    private static TaxonomyLoader.Result load(Path tmp, String text) throws Exception {
        return new TaxonomyLoader().load(Files.writeString(tmp.resolve("taxonomy.yaml"), text), "taxonomy.yaml");
    }

    static Path fixture(String name) throws Exception {
        return Path.of(TaxonomyLoaderTest.class.getResource("/taxonomy/" + name).toURI());
    }

    @Test
    void aParentWrittenAsTheNameABadlyWrittenTagWillHaveIsNoError(@TempDir Path tmp) throws Exception {
        TaxonomyLoader.Result r = load(tmp, """
                schemaVersion: "1"
                tags:
                  - name: "#Kafka "
                  - name: Kafka Streams
                    parent: Kafka
                categories:
                  - name: System Design
                """);
        assertThat(r.findings()).extracting(f -> f.severity() + " " + f.message())
                .containsExactly("WARNING tag '#Kafka ' starts with '#'");
    }
}
