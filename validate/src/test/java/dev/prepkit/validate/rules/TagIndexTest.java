package dev.prepkit.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagIndexTest {

    private final TagIndex index = new TagIndex(new Taxonomy(null, List.of(
            new Taxonomy.Tag("Apache Flink", List.of("Flink"), "Stream Processing", null),
            new Taxonomy.Tag("Stream Processing", List.of(), null, null),
            new Taxonomy.Tag("Avro", List.of(), null, null),
            new Taxonomy.Tag("Protobuf", List.of("Protocol Buffers"), null, null),
            new Taxonomy.Tag("Kafka", List.of(), "Stream Processing", null))));

    @Test
    void canonicalTagsPassAndAliasesNameTheirCanonicalTag() {
        assertThat(index.judge("Apache Flink").kind()).isEqualTo(TagIndex.Kind.CANONICAL);
        assertThat(index.judge("Flink")).satisfies(v -> {
            assertThat(v.kind()).isEqualTo(TagIndex.Kind.ALIAS);
            assertThat(v.fix()).containsExactly("Apache Flink");
        });
    }

    @Test
    void compoundTagsAreMalformedAndFixableWhenEveryPartIsKnown() {
        assertThat(index.judge("Avro/Protobuf").fix()).containsExactly("Avro", "Protobuf");
        assertThat(index.judge("Avro / Protocol Buffers").fix()).containsExactly("Avro", "Protobuf");
        TagIndex.Verdict unknownPart = index.judge("Avro/Thrift");
        assertThat(unknownPart.kind()).isEqualTo(TagIndex.Kind.MALFORMED);
        assertThat(unknownPart.fix()).isEmpty();
    }

    @Test
    void leadingHashesStraySpacesAndWrongCaseAreMalformedWithAFix() {
        assertThat(index.judge("#Kafka")).satisfies(v -> {
            assertThat(v.kind()).isEqualTo(TagIndex.Kind.MALFORMED);
            assertThat(v.fix()).containsExactly("Kafka");
            assertThat(v.problem()).contains("#");
        });
        assertThat(index.judge(" Kafka ").fix()).containsExactly("Kafka");
        assertThat(index.judge("kafka").problem()).contains("case");
    }

    @Test
    void unknownTagsGetUpToThreeSuggestions() {
        TagIndex.Verdict v = index.judge("Kafak");
        assertThat(v.kind()).isEqualTo(TagIndex.Kind.UNKNOWN);
        assertThat(v.suggestions()).startsWith("Kafka").hasSizeLessThanOrEqualTo(3);
        assertThat(index.judge("Stream Processors").suggestions()).contains("Stream Processing");
    }

    @Test
    void aBadlyWrittenCanonicalNameCountsAsWrittenAndCleanedAndFixesPointAtTheCleanedName() {
        TagIndex raw = new TagIndex(new Taxonomy(null, List.of(
                new Taxonomy.Tag("#Kafka ", List.of("Apache Kafka"), null, null))));
        assertThat(raw.judge("#Kafka ").kind()).isEqualTo(TagIndex.Kind.CANONICAL);
        assertThat(raw.judge("Kafka").kind()).isEqualTo(TagIndex.Kind.CANONICAL);
        assertThat(raw.judge("Apache Kafka").fix()).containsExactly("Kafka");
        assertThat(raw.judge("kafka").fix()).containsExactly("Kafka");
        assertThat(raw.suggest("Kafak")).containsExactly("Kafka");
    }

    @Test
    void anAliasWrittenWithAHashInTheTaxonomyStillResolvesTheTag() {
        TagIndex index = new TagIndex(new dev.prepkit.model.Taxonomy(null, java.util.List.of(
                new dev.prepkit.model.Taxonomy.Tag("Apache Flink", java.util.List.of("#Flink"), null, null))));
        org.assertj.core.api.Assertions.assertThat(index.judge("Flink").fix()).containsExactly("Apache Flink");
    }
}
