package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryIndexTest {

    private final CategoryIndex index = new CategoryIndex(new Taxonomy(null, List.of(), List.of(
            new Taxonomy.Category("System Design", List.of("Systems Design"), null),
            new Taxonomy.Category("Freedom & Responsibility", List.of("Freedom and Responsibility", "F&R"), null),
            new Taxonomy.Category("Coding/Algorithms", List.of(), null))));

    @Test
    void aCanonicalCategoryIsCanonicalEvenWithSlashesOrAmpersandsItIsNeverSplit() {
        assertThat(index.judge("System Design").kind()).isEqualTo(CategoryIndex.Kind.CANONICAL);
        assertThat(index.judge("Coding/Algorithms").kind()).isEqualTo(CategoryIndex.Kind.CANONICAL);
        assertThat(index.judge("Freedom & Responsibility").kind()).isEqualTo(CategoryIndex.Kind.CANONICAL);
    }

    @Test
    void anAliasNamesItsCanonicalCategory() {
        assertThat(index.judge("F&R")).isEqualTo(new CategoryIndex.Verdict(CategoryIndex.Kind.ALIAS,
                "Freedom & Responsibility", null, List.of()));
        assertThat(index.judge("systems design").canonical()).isEqualTo("System Design");
    }

    @Test
    void anotherCaseALeadingHashOrStraySpacesAreTheCanonicalCategoryWrittenAnotherWay() {
        assertThat(index.judge("system design")).isEqualTo(new CategoryIndex.Verdict(CategoryIndex.Kind.OTHER_FORM,
                "System Design", "in another case", List.of()));
        assertThat(index.judge("#System Design").problem()).isEqualTo("with a leading '#'");
        assertThat(index.judge(" System  Design").problem()).isEqualTo("with stray spaces");
    }

    @Test
    void anUnknownCategoryGetsUpToThreeSuggestions() {
        CategoryIndex.Verdict v = index.judge("Sytem Design");
        assertThat(v.kind()).isEqualTo(CategoryIndex.Kind.UNKNOWN);
        assertThat(v.canonical()).isNull();
        assertThat(v.suggestions()).containsExactly("System Design");
        assertThat(index.judge("Cooking").suggestions()).isEmpty();
        assertThat(index.judge("   ").suggestions()).isEmpty();
    }

    @Test
    void aBadlyWrittenCanonicalNameCountsAsItsCleanFormSoGuidesAgreeOnceTheTaxonomyIsFixed() {
        CategoryIndex raw = new CategoryIndex(new Taxonomy(null, List.of(), List.of(
                new Taxonomy.Category("#System  Design", List.of(), null))));
        assertThat(raw.judge("#System  Design").kind()).isEqualTo(CategoryIndex.Kind.CANONICAL);
        assertThat(raw.judge("System Design").kind()).isEqualTo(CategoryIndex.Kind.CANONICAL);
        assertThat(raw.judge("system design").canonical()).isEqualTo("System Design");
    }

    @Test
    void aTaxonomyWithoutCategoriesIsEmpty() {
        assertThat(new CategoryIndex(new Taxonomy(null, List.of())).isEmpty()).isTrue();
        assertThat(index.isEmpty()).isFalse();
        assertThat(index.canonicalCategories()).containsExactly("System Design", "Freedom & Responsibility",
                "Coding/Algorithms");
    }
}
