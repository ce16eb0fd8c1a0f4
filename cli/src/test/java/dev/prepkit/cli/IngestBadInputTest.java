package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.RepoRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad raw input: one clear error naming the file, exit 2, and the good file still ingested. */
class IngestBadInputTest {

    private static Path content(Path tmp, String name, byte[] bytes) throws Exception {
        Path raw = Files.createDirectories(tmp.resolve("raw/acme"));
        Files.copy(RepoRoot.rawNetflix().resolve("chief-architect.txt"), raw.resolve("good.txt"));
        Files.write(raw.resolve(name), bytes);
        return tmp;
    }

    private static void assertOneErrorAndTheGoodFileIngested(Path tmp, Cli r, String file, String message) throws Exception {
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
        assertThat(r.out().lines().filter(l -> l.contains(": error: "))).singleElement()
                .satisfies(l -> assertThat(l).contains(file).contains(message));
        assertThat(r.out()).contains("1 guides, 9 questions");
        assertThat(tmp.resolve("guides/acme-good.yaml")).exists();
        assertThat(Files.list(tmp.resolve("guides")).map(p -> p.getFileName().toString()).toList())
                .containsExactly("acme-good.yaml");
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anEmptyFile(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("ingest", "--content", content(tmp, "empty.txt", "\n\n".getBytes()).toString());
        assertOneErrorAndTheGoodFileIngested(tmp, r, "raw/acme/empty.txt", "empty file");
    }

    @Test
    void aBinaryFile(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("ingest", "--content", content(tmp, "logo.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}).toString());
        assertOneErrorAndTheGoodFileIngested(tmp, r, "raw/acme/logo.txt", "binary file: NUL byte at offset 4");
    }

    @Test
    void textThatIsNotUtf8NamesTheByteOffsetAndCharsetReadsIt(@TempDir Path tmp) throws Exception {
        byte[] latin1 = "Caf\u00E9 culture\nWhy do you want to work here?\n".getBytes(StandardCharsets.ISO_8859_1);
        Cli r = Cli.run("ingest", "--content", content(tmp, "latin1.txt", latin1).toString());
        assertOneErrorAndTheGoodFileIngested(tmp, r, "raw/acme/latin1.txt", "not valid UTF-8: bad byte sequence at byte offset 3");
        Cli again = Cli.run("ingest", tmp.resolve("raw/acme/latin1.txt").toString(), "--content", tmp.toString(),
                "--charset", "ISO-8859-1");
        assertThat(again.exit()).isZero();
    }

    @Test
    void aFileOverTheSizeLimit(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("ingest", "--content", content(tmp, "huge.txt", ("Why?\n".repeat(2000)).getBytes()).toString(),
                "--max-file-size", "5000");
        assertOneErrorAndTheGoodFileIngested(tmp, r, "raw/acme/huge.txt", "over the limit of 5000");
    }

    @Test
    void aLineOverTheLengthLimitNamesTheLine(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("ingest", "--content", content(tmp, "long.txt", ("Title\n" + "x".repeat(600) + "\n").getBytes()).toString(),
                "--max-line-length", "500");
        assertOneErrorAndTheGoodFileIngested(tmp, r, "raw/acme/long.txt:2", "line 2 is 600 characters");
    }

    @Test
    void aFolderWithNoGuidesAndAMissingPathAreErrors(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("raw"));
        Cli empty = Cli.run("ingest", "--content", tmp.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.out()).contains("no raw guides in this folder");
        Cli missing = Cli.run("ingest", tmp.resolve("nowhere").toString(), "--content", tmp.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.out()).contains("nowhere: error [unreadable-input] no such file or folder");
    }

    @Test
    void aCuratedGuideThatCannotBeReadIsNeitherMergedNorOverwritten(@TempDir Path tmp) throws Exception {
        content(tmp, "other.txt", "Acme\nWhy Acme?\n".getBytes());
        Path guide = Files.createDirectories(tmp.resolve("guides")).resolve("acme-good.yaml");
        Files.writeString(guide, "id: [broken\n");
        Cli r = Cli.run("ingest", "--content", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("acme-good.yaml: error [unreadable-input] the curated guide cannot be read");
        assertThat(Files.readString(guide)).isEqualTo("id: [broken\n");
        assertThat(tmp.resolve("guides/acme-other.yaml")).exists();
    }

    @Test
    void reIngestOfAnEditedRawFileAddsMarksAndKeepsAndASecondRunChangesNothing(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path raw = content.resolve("raw/netflix/chief-architect.txt");
        String text = Files.readString(raw)
                .replace("How do you stay up-to-date with the latest technology trends", "how do you stay up to date with the latest technology trends")
                .replace("Explain your experience with cloud platforms (e.g., AWS, Azure, GCP). How have you used these technologies to build and deploy scalable and resilient applications?\n", "")
                .replace("Describe your approach to defining", "Tell me about a production incident you led.\nDescribe your approach to defining");
        Files.writeString(raw, text);
        Path guide = content.resolve("guides/netflix-chief-architect.yaml");
        String before = Files.readString(guide);

        Cli dry = Cli.run("ingest", "--content", content.toString(), "--dry-run");
        assertThat(dry.out()).contains("would write").contains("+ q-").contains("- q-");
        assertThat(Files.readString(guide)).isEqualTo(before);

        Cli r = Cli.run("ingest", "--content", content.toString());
        assertThat(r.exit()).isZero();
        String after = Files.readString(guide);
        assertThat(after).contains("Tell me about a production incident you led.")
                .contains("status: removed-from-source")
                .contains("How do you stay up-to-date with the latest technology trends");
        for (String curated : List.of("difficulty: easy", "- Technology Trends", "- Culture Fit")) {
            assertThat(after).contains(curated);
        }
        Cli second = Cli.run("ingest", "--content", content.toString());
        assertThat(second.out()).doesNotContain("| written").contains("0 files written");
        assertThat(Files.readString(guide)).isEqualTo(after);
    }
}
