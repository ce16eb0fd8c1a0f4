package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format that read a raw file is pinned by its guide's {@code source.format}. */
class IngestFormatPinTest {

    private static final String MARKDOWN = """
            # Acme Backend Interview

            ## System Design

            - [E] What is a B-tree?
            - [M] Design a rate limiter.
            """;

    private static String formatOf(Path guide) throws Exception {
        return Files.readString(guide).lines().filter(l -> l.startsWith("  format: ")).findFirst().orElseThrow()
                .substring("  format: ".length());
    }

    @Test
    void aFormatForcedOnceStaysThroughEditsIngestsAndBuildsUntilAnotherIsForced(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path raw = Files.createDirectories(content.resolve("raw/acme")).resolve("backend.md");
        Files.writeString(raw, MARKDOWN);
        Path guide = content.resolve("guides/acme-backend.yaml");
        String c = content.toString();

        Cli first = Cli.run("ingest", "--content", c, "--format", "text", raw.toString());
        assertThat(first.exit()).as(first.out() + first.err()).isZero();
        assertThat(formatOf(guide)).isEqualTo("text");

        Files.writeString(raw, MARKDOWN + "- [H] Why do you want to work on storage?\n");
        Cli again = Cli.run("ingest", "--content", c, raw.toString());
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).containsPattern("acme-backend +text ");
        assertThat(formatOf(guide)).isEqualTo("text");
        assertThat(Files.readString(guide)).contains("Why do you want to work on storage?");

        Cli build = Cli.run("build", "--content", c, "--out", tmp.resolve("build").toString());
        assertThat(build.exit()).as(build.out()).isZero();
        assertThat(build.out()).containsPattern("acme-backend +text ");
        assertThat(formatOf(guide)).isEqualTo("text");

        Cli explain = Cli.run("ingest", "--content", c, "--explain", raw.toString());
        assertThat(explain.out()).contains("(format text)");

        Cli moved = Cli.run("ingest", "--content", c, "--format", "markdown", raw.toString());
        assertThat(moved.exit()).as(moved.out()).isZero();
        assertThat(formatOf(guide)).isEqualTo("markdown");

        Cli rebuild = Cli.run("build", "--content", c, "--out", tmp.resolve("build").toString());
        assertThat(rebuild.out()).containsPattern("acme-backend +markdown .*\\| unchanged");
        assertThat(formatOf(guide)).isEqualTo("markdown");
    }

    @Test
    void aPinnedFormatThatDoesNotExistIsAWarningNamingTheGuideAndTheFormatIsDetected(@TempDir Path tmp)
            throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Path raw = Files.createDirectories(content.resolve("raw/acme")).resolve("backend.md");
        Files.writeString(raw, MARKDOWN);
        Path guide = content.resolve("guides/acme-backend.yaml");
        Cli.run("ingest", "--content", content.toString(), raw.toString());
        Files.writeString(guide, Files.readString(guide).replace("  format: markdown", "  format: foo"));

        Cli r = Cli.run("ingest", "--content", content.toString(), raw.toString());
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("acme-backend.yaml: warning [unknown-pinned-format] the guide pins format 'foo'")
                .contains("detected format 'markdown'");
        assertThat(formatOf(guide)).isEqualTo("markdown");
    }
}
