package dev.prepkit.validate.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.validate.TaxonomyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaxonomyFixerTest {

    private final TaxonomyFixer fixer = new TaxonomyFixer();

    private static String fixture(String name) throws Exception {
        return Files.readString(Path.of(TaxonomyFixerTest.class.getResource("/taxonomy/" + name).toURI()));
    }

    private static List<Finding> forms(String text) {
        return new TaxonomyLoader().read(text, "taxonomy.yaml").findings().stream()
                .filter(f -> f.ruleId().equals(TaxonomyLoader.FORM)).toList();
    }

    @Test
    void everySafeFixIsAppliedAndOnlyTheFixedValuesChange() throws Exception {
        TaxonomyFixer.Result r = fixer.fix(fixture("bad-forms.yaml"));
        assertThat(r.text()).isEqualTo(fixture("fixed-forms.yaml"));
        assertThat(r.fixes()).containsExactly(
                "tag '#Kafka ' -> 'Kafka'",
                "alias 'apache kafka' of tag '#Kafka ' listed twice -> once",
                "alias 'kafka' of tag '#Kafka ' removed: it is the tag's name",
                "parent 'Stream  Processing' of '#Kafka ' -> 'Stream Processing'",
                "alias '#Streaming' of tag 'Stream Processing' -> 'Streaming'",
                "alias 'Streaming' of tag 'Stream Processing' listed twice -> once",
                "alias 'Stream  Processing' of tag 'Stream Processing' removed: it is the tag's name",
                "parent 'stream processing' of 'Apache Flink' -> 'Stream Processing'",
                "parent 'Flink' of 'Flink SQL' -> 'Apache Flink'",
                "parent '#Kafka ' of 'Kafka Streams' -> 'Kafka'",
                "category 'System  Design' -> 'System Design'",
                "alias 'system design' of category 'System  Design' removed: it is the category's name",
                "alias 'Systems Design' of category 'System  Design' listed twice -> once",
                "category '#Culture' -> 'Culture'",
                "white space removed at the end of 2 lines");
    }

    @Test
    void commentsQuotingAndEveryUnfixedLineStayByteForByte() throws Exception {
        String before = fixture("bad-forms.yaml");
        String after = fixer.fix(before).text();
        Set<String> kept = new HashSet<>(Arrays.asList(after.split("\n", -1)));
        assertThat(after).contains("  - name: \"Kafka\"               # a leading # and a trailing space\n")
                .contains("    aliases: ['Flink']\n")
                .contains("      - \"Streaming\"\n")
                .contains("    aliases: [Apache Flink]       # another tag's name: ambiguous, an error, never fixed\n")
                .contains("      A literal block keeps the white space at its line ends:   \n");
        List<String> untouched = Arrays.stream(before.split("\n", -1))
                .filter(l -> !l.contains("#Kafka") && !l.contains("kafka") && !l.toLowerCase(java.util.Locale.ROOT).contains("stream")
                        && !l.contains("Flink") && !l.contains("System") && !l.contains("#Culture")
                        && !l.endsWith(" ")).toList();
        assertThat(untouched).hasSizeGreaterThan(8).allSatisfy(l -> assertThat(kept).contains(l));
    }

    @Test
    void everyFixCorrespondsToAWarningAndNoWarningIsLeftAfterTheFix() throws Exception {
        String before = fixture("bad-forms.yaml");
        TaxonomyFixer.Result r = fixer.fix(before);
        assertThat(forms(before)).hasSameSizeAs(r.fixes());
        assertThat(forms(r.text())).isEmpty();
        assertThat(new TaxonomyLoader().read(r.text(), "taxonomy.yaml").findings()).extracting(Finding::message)
                .containsExactly("'Apache Flink' is listed twice: as an alias of 'Redis' and as the tag 'Apache Flink'");
    }

    @Test
    void fixingAFixedTaxonomyChangesNothing() throws Exception {
        String once = fixer.fix(fixture("bad-forms.yaml")).text();
        TaxonomyFixer.Result twice = fixer.fix(once);
        assertThat(twice.changed()).isFalse();
        assertThat(twice.text()).isEqualTo(once);
    }

    @Test
    void theShippedTaxonomyNeedsNoFix() throws Exception {
        String shipped = Files.readString(dev.prepkit.model.testing.RepoRoot.content().resolve("taxonomy.yaml"));
        assertThat(fixer.fix(shipped).changed()).isFalse();
    }

    @Test
    void anAliasThatIsAnotherEntrysNameOrAliasIsNeverFixed() {
        String text = """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    aliases: [Apache Kafka]
                  - name: Redis
                    aliases: [kafka, Apache  Kafka, "#Redis Cache"]
                categories:
                  - name: System Design
                  - name: Architecture
                    aliases: [system design]
                """;
        TaxonomyFixer.Result r = fixer.fix(text);
        assertThat(r.fixes()).containsExactly("alias '#Redis Cache' of tag 'Redis' -> 'Redis Cache'");
        assertThat(r.text()).isEqualTo(text.replace("\"#Redis Cache\"", "\"Redis Cache\""));
    }

    @Test
    void removingEveryItemOfABlockListLeavesAnEmptyList() {
        TaxonomyFixer.Result r = fixer.fix("""
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    aliases:   # spellings
                      - kafka
                      - KAFKA
                    parent: Streams
                  - name: Streams
                """);
        assertThat(r.text()).isEqualTo("""
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    aliases: []   # spellings
                    parent: Streams
                  - name: Streams
                """);
    }

    @Test
    void aValueSpreadOverSeveralLinesIsNotRewrittenItStaysAFinding() {
        String text = """
                schemaVersion: "1"
                tags:
                  - name: Kafka
                    parent: stream
                      processing
                  - name: Stream Processing
                """;
        assertThat(forms(text)).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("parent 'stream processing' of 'Kafka' is the canonical tag 'Stream Processing' written in another case"));
        TaxonomyFixer.Result r = fixer.fix(text);
        assertThat(r.changed()).isFalse();
        assertThat(r.text()).isEqualTo(text);
    }

    @Test
    void windowsLineEndsStayWindowsLineEnds() {
        String text = "schemaVersion: \"1\"\r\ntags:\r\n  - name: Kafka  \r\n    parent: \"#Streams\"\r\n  - name: Streams\r\n";
        TaxonomyFixer.Result r = fixer.fix(text);
        assertThat(r.text()).isEqualTo("schemaVersion: \"1\"\r\ntags:\r\n  - name: Kafka\r\n    parent: \"Streams\"\r\n"
                + "  - name: Streams\r\n");
        assertThat(r.fixes()).hasSize(2);
    }

    @Test
    void textThatIsNotYamlIsLeftAlone() {
        assertThat(fixer.fix("tags: [unclosed").changed()).isFalse();
        assertThat(fixer.fix("").changed()).isFalse();
    }
}
