package dev.prepkit.ingest.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedLabelsTest {

    @Test
    void aKnownLabelGluedToContentIsSplitOff() {
        assertThat(GluedLabels.split("Start a mock interviewStudy Netflix's microservices")).hasValueSatisfying(s -> {
            assertThat(s.label()).isEqualTo("Start a mock interview");
            assertThat(s.content()).isEqualTo("Study Netflix's microservices");
        });
        assertThat(GluedLabels.split("SimulateUnwritten Rules")).hasValueSatisfying(s ->
                assertThat(s.content()).isEqualTo("Unwritten Rules"));
        assertThat(GluedLabels.split("Senior EngineerFocuses on core competencies.")).hasValueSatisfying(s ->
                assertThat(s.content()).startsWith("Focuses"));
    }

    @Test
    void madeUpVariantsOfTheSameRuleAreSplitToo() {
        assertThat(GluedLabels.split("Learn moreKafka guarantees ordering per partition."))
                .hasValueSatisfying(s -> assertThat(s.content()).startsWith("Kafka"));
        assertThat(GluedLabels.split("Get startedPractice the design round."))
                .hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("Get started"));
        assertThat(GluedLabels.split("Staff EngineerExpects depth in distributed systems."))
                .hasValueSatisfying(s -> assertThat(s.content()).startsWith("Expects"));
    }

    @Test
    void camelCaseWordsAndLabelsFollowedByASpaceAreLeftAlone() {
        assertThat(GluedLabels.split("JavaScript closures explained")).isEmpty();
        assertThat(GluedLabels.split("DynamoDB streams")).isEmpty();
        assertThat(GluedLabels.split("Practice for Chief Architect")).isEmpty();
        assertThat(GluedLabels.split("Simulate a load test")).isEmpty();
        assertThat(GluedLabels.split("SharePoint migration")).isEmpty();
    }
}
