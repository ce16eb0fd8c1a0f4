package dev.prepkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.yaml.YamlCodec;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

    private final Taxonomy taxonomy = new Taxonomy(null, List.of(new Taxonomy.Tag("Kafka", null, null, null)), List.of(
            new Taxonomy.Category("System Design", List.of("Systems Design"), "Designing large systems."),
            new Taxonomy.Category("Freedom & Responsibility", List.of("Freedom and Responsibility"), null)));

    @Test
    void categoriesAreReadFromYamlAndWrittenBackAfterTheTags() {
        YamlCodec yaml = new YamlCodec();
        Taxonomy read = yaml.mapper().readValue("""
                schemaVersion: "1"
                tags:
                  - name: Kafka
                categories:
                  - name: System Design
                    aliases: [Systems Design]
                    description: Designing large systems.
                  - name: Freedom & Responsibility
                    aliases: [Freedom and Responsibility]
                """, Taxonomy.class);
        assertThat(read).isEqualTo(taxonomy);
        assertThat(yaml.write(read)).contains("tags:\n  - name: Kafka\ncategories:\n  - name: System Design\n");
    }

    @Test
    void aTaxonomyWithoutCategoriesReadsAsAnEmptyListAndTheTwoArgumentConstructorListsNone() {
        Taxonomy read = new YamlCodec().mapper().readValue("schemaVersion: \"1\"\ntags: []\n", Taxonomy.class);
        assertThat(read.categories()).isEmpty();
        assertThat(new Taxonomy(null, null).categories()).isEmpty();
        assertThat(new Taxonomy(null, List.of(), null).categories()).isEmpty();
        assertThat(new Taxonomy.Category("X", null, null).aliases()).isEmpty();
    }

    @Test
    void categoryLooksUpTheCanonicalNameAsWritten() {
        assertThat(taxonomy.category("System Design")).isPresent();
        assertThat(taxonomy.category("system design")).isEmpty();
        assertThat(taxonomy.category(null)).isEmpty();
    }

    @Test
    void categoryForAliasResolvesAliasesAndOtherCasesButNotTheCanonicalNameOrUnknownNames() {
        assertThat(taxonomy.categoryForAlias("Systems Design")).map(Taxonomy.Category::name).hasValue("System Design");
        assertThat(taxonomy.categoryForAlias("system  design")).map(Taxonomy.Category::name).hasValue("System Design");
        assertThat(taxonomy.categoryForAlias("freedom and responsibility")).map(Taxonomy.Category::name)
                .hasValue("Freedom & Responsibility");
        assertThat(taxonomy.categoryForAlias("System Design")).isEmpty();
        assertThat(taxonomy.categoryForAlias("Sytem Design")).isEmpty();
        assertThat(taxonomy.categoryForAlias(null)).isEmpty();
    }
}
