package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code prepkit fix} on a copy of the shipped content whose taxonomy and guides a curator broke by hand: the
 * taxonomy is fixed first, then the guides against the fixed taxonomy.
 */
class FixCommandTest {

    private Path content;
    private Path taxonomy;
    private Path bank;
    private Path leadership;
    private String shippedTaxonomy;
    private String shippedBank;
    private String shippedLeadership;

    @BeforeEach
    void breakACopyOfTheContent(@TempDir Path tmp) throws IOException {
        content = Cli.copyOfContent(tmp);
        taxonomy = content.resolve("taxonomy.yaml");
        bank = content.resolve("guides/netflix-question-bank.yaml");
        leadership = content.resolve("guides/netflix-engineering-leadership.yaml");
        shippedTaxonomy = Files.readString(taxonomy);
        shippedBank = Files.readString(bank);
        shippedLeadership = Files.readString(leadership);
        Files.writeString(taxonomy, replaceOnce(replaceOnce(replaceOnce(shippedTaxonomy,
                "  - name: Kafka\n    aliases: [Apache Kafka]\n    parent: Stream Processing\n",
                "  - name: \"#Kafka \"\n    aliases: [Apache Kafka, kafka]\n    parent: stream processing\n"),
                "  - name: System Design\n", "  - name: \"#System  Design\"\n"),
                "  - name: Live Events\n", "  - name: Live Events  \n"));
        // the first Kafka tag and the first two categories of the question bank, and one category of the leadership guide
        Files.writeString(bank, replaceOnce(replaceOnce(replaceOnce(shippedBank,
                "      - Kafka\n", "      - \"#Kafka \"\n"),
                "    category: System Design\n", "    category: \"#System  Design\"\n"),
                "    category: System Design\n", "    category: Systems Design\n"));
        Files.writeString(leadership, replaceOnce(shippedLeadership,
                "    category: Freedom & Responsibility\n", "    category: freedom & responsibility\n"));
    }

    private static String replaceOnce(String text, String old, String replacement) {
        int at = text.indexOf(old);
        assertThat(at).as(old).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + old.length());
    }

    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p), Files.readAllBytes(p));
            }
        }
        return out;
    }

    @Test
    void theBrokenCopyValidatesWithTheTaxonomyAndCategoryWarningsTheFixWillResolve() {
        Cli validate = Cli.run("validate", "--content", content.toString());
        assertThat(validate.out()).contains("warning [taxonomy-form] tag '#Kafka ' starts with '#'")
                .contains("warning [taxonomy-form] parent 'stream processing' of '#Kafka ' is the canonical tag "
                        + "'Stream Processing' written in another case")
                .contains("warning [taxonomy-form] alias 'kafka' of tag '#Kafka ' is the tag's own name")
                .contains("warning [taxonomy-form] line 148 ends with white space")
                .contains("warning [category-alias] question 'q-bbfab0b50b' names category 'Systems Design', an alias "
                        + "of the canonical category 'System Design'")
                .contains("names category 'freedom & responsibility', the canonical category 'Freedom & "
                        + "Responsibility' written in another case")
                .contains("(prepkit fix does it)")
                .contains("0 errors");
    }

    @Test
    void aDryRunPrintsTheDiffOfTheTaxonomyAndTheGuidesAndWritesNothing() throws IOException {
        Map<Path, byte[]> before = snapshot(content);
        Cli dry = Cli.run("fix", "--dry-run", "--content", content.toString());
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("--- a/" + ContentLayout.display(taxonomy) + "\n+++ b/" + ContentLayout.display(taxonomy))
                .contains("-  - name: \"#Kafka \"\n-    aliases: [Apache Kafka, kafka]\n-    parent: stream processing\n"
                        + "-  - name: Live Events  \n+  - name: \"Kafka\"\n+    aliases: [Apache Kafka]\n"
                        + "+    parent: Stream Processing\n+  - name: Live Events\n")
                .contains("-  - name: \"#System  Design\"\n+  - name: \"System Design\"\n")
                .contains("--- a/" + ContentLayout.display(bank))
                .contains("-      - \"#Kafka \"\n+      - Kafka\n")
                .contains("-    category: Systems Design\n+    category: System Design\n")
                .contains("--- a/" + ContentLayout.display(leadership))
                .endsWith("9 fixes in 3 files (dry run: nothing written)\n");
        assertThat(snapshot(content)).containsExactlyEntriesOf(before);
    }

    @Test
    void theFixCleansTheTaxonomyThenTheGuidesAgainstItAndKeepsEveryOtherByte() throws IOException {
        Map<Path, byte[]> raw = snapshot(content.resolve("raw"));
        Cli fix = Cli.run("fix", "--content", content.toString());
        assertThat(fix.exit()).isZero();
        assertThat(fix.out()).isEqualTo(ContentLayout.display(taxonomy) + ":\n"
                + "    tag '#Kafka ' -> 'Kafka'\n"
                + "    alias 'kafka' of tag '#Kafka ' removed: it is the tag's name\n"
                + "    parent 'stream processing' of '#Kafka ' -> 'Stream Processing'\n"
                + "    category '#System  Design' -> 'System Design'\n"
                + "    white space removed at the end of 1 line\n"
                + ContentLayout.display(leadership) + ":\n"
                + "    q-5f042272ed category 'freedom & responsibility' -> 'Freedom & Responsibility'\n"
                + ContentLayout.display(bank) + ":\n"
                + "    q-3a4b49f157 category '#System  Design' -> 'System Design'\n"
                + "    q-bbfab0b50b category 'Systems Design' -> 'System Design'\n"
                + "    q-4790829ae6 tag '#Kafka ' -> 'Kafka'\n"
                + "9 fixes in 3 files\n");
        // every other byte is as shipped; the renamed values keep the quotes they were written with
        assertThat(Files.readString(taxonomy)).isEqualTo(shippedTaxonomy
                .replace("  - name: Kafka\n", "  - name: \"Kafka\"\n")
                .replace("  - name: System Design\n", "  - name: \"System Design\"\n"));
        assertThat(Files.readString(bank)).isEqualTo(replaceOnce(shippedBank,
                "    category: System Design\n", "    category: \"System Design\"\n"));
        assertThat(Files.readString(leadership)).isEqualTo(shippedLeadership);
        assertThat(snapshot(content.resolve("raw"))).containsExactlyEntriesOf(raw);

        Cli validate = Cli.run("validate", "--content", content.toString());
        assertThat(validate.out()).doesNotContain("[taxonomy-form]").doesNotContain("[category-alias]")
                .doesNotContain("[unknown-tag]").endsWith("5 guides, 59 questions: 0 errors, 3 warnings, 0 infos\n");
    }

    @Test
    void aSecondRunChangesNothing() throws IOException {
        Cli.run("fix", "--content", content.toString());
        Map<Path, byte[]> once = snapshot(content);
        Cli again = Cli.run("fix", "--content", content.toString());
        assertThat(again.out()).isEqualTo("0 fixes in 0 files\n");
        assertThat(Cli.run("fix", "--dry-run", "--content", content.toString()).out())
                .isEqualTo("0 fixes in 0 files (dry run: nothing written)\n");
        assertThat(snapshot(content)).containsExactlyEntriesOf(once);
    }

    @Test
    void namingOneGuideStillFixesTheTaxonomyItIsCheckedAgainstButNoOtherGuide() throws IOException {
        Cli fix = Cli.run("fix", bank.toString(), "--content", content.toString());
        assertThat(fix.out()).contains(ContentLayout.display(taxonomy) + ":").contains(ContentLayout.display(bank) + ":")
                .doesNotContain(ContentLayout.display(leadership)).endsWith("8 fixes in 2 files\n");
        assertThat(Files.readString(leadership)).contains("category: freedom & responsibility");
    }
}
