package dev.prepkit.export.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagListTest {

    @Test
    void readsCommaSeparatedTagsTrimmedWithSpaceCollapsed() {
        assertThat(TagList.parse("  Kafka ,System   Design,C++, C#, Node.js,", List.of()))
                .contains(List.of("Kafka", "System Design", "C++", "C#", "Node.js"));
        assertThat(TagList.parse("", List.of())).contains(List.of());
        assertThat(TagList.parse("Kafka; SQL\nAWS", List.of())).contains(List.of("Kafka", "SQL", "AWS"));
    }

    @Test
    void refusesEmptyEntriesDuplicatesAndNewTagsOutsideTheTaxonomyPattern() {
        assertThat(TagList.parse("Kafka,,SQL", List.of())).isEmpty();
        assertThat(TagList.parse("Kafka, kafka", List.of())).isEmpty();
        assertThat(TagList.parse("A/B testing", List.of())).isEmpty();
        assertThat(TagList.parse("A/B testing, SQL", List.of("A/B testing"))).as("already on the question")
                .contains(List.of("A/B testing", "SQL"));
    }

    @Test
    void formatsTagsWithCommaAndSpace() {
        assertThat(TagList.format(List.of("Kafka", "SQL"))).isEqualTo("Kafka, SQL");
        assertThat(TagList.format(List.of())).isEmpty();
    }
}
