package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestValidateCommandTest {

    @Test
    void aFreshIngestOfTheRawGuidesValidatesWithTheirRealProblemsAndExitOne(@TempDir Path tmp) {
        Path out = tmp.resolve("fresh");
        String content = RepoRoot.content().toString();
        Cli ingest = Cli.run("ingest", RepoRoot.content().resolve("raw").toString(), "--content", content, "--out", out.toString());
        assertThat(ingest.exit()).as(ingest.out()).isZero();
        assertThat(ingest.out()).contains("5 guides, 59 questions; 5 files written").contains("0 unclassified");

        Cli validate = Cli.run("validate", out.toString(), "--content", content);
        assertThat(validate.exit()).isEqualTo(1);
        assertThat(validate.out().lines().filter(l -> l.contains("[missing-difficulty]"))).hasSize(42);
        assertThat(validate.out()).contains("tag 'Flink' is an alias of the canonical tag 'Apache Flink'")
                .contains("tag 'Recommender Systems' is an alias of the canonical tag 'Recommendation Systems'")
                .contains("tag 'Recommendation Engine' is an alias of the canonical tag 'Recommendation Systems'")
                .contains("tag 'Avro/Protobuf' is malformed")
                .contains("from: ").contains("raw/netflix/chief-architect.txt:9")
                .contains("5 guides, 59 questions: 42 errors");
    }

    @Test
    void fixResolvesEveryAliasAndCompoundTagLeavingOnlyTheMissingDifficulties(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("fresh");
        String content = RepoRoot.content().toString();
        Cli.run("ingest", "--content", content, "--out", out.toString());
        Cli dry = Cli.run("fix", out.toString(), "--content", content, "--dry-run");
        assertThat(dry.out()).contains("-      - Flink").contains("+      - Apache Flink").contains("(dry run: nothing written)");
        Cli fix = Cli.run("fix", out.toString(), "--content", content);
        assertThat(fix.out()).contains("4 fixes in 1 file");
        Cli again = Cli.run("fix", out.toString(), "--content", content);
        assertThat(again.out()).contains("0 fixes in 0 files");
        Cli validate = Cli.run("validate", out.toString(), "--content", content);
        assertThat(validate.out()).doesNotContain("[alias-tag]").doesNotContain("[malformed-tag]")
                .contains("42 errors");
        assertThat(validate.out().lines().filter(l -> l.contains(": error ["))).allMatch(l -> l.contains("[missing-difficulty]"));
    }

    @Test
    void anUnreadableRawFileIsAnErrorNamingItAndTheOtherFilesStillGoThrough(@TempDir Path tmp) throws Exception {
        Path raw = tmp.resolve("raw/acme");
        Files.createDirectories(raw);
        Files.write(raw.resolve("broken.txt"), new byte[] {'a', 0, 'b'});
        Files.copy(RepoRoot.rawNetflix().resolve("chief-architect.txt"), raw.resolve("chief-architect.txt"));
        Cli r = Cli.run("ingest", "--content", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).contains("raw/acme/broken.txt: error: binary file")
                .contains("acme-chief-architect").contains("1 guides, 9 questions");
        assertThat(tmp.resolve("guides/acme-chief-architect.yaml")).exists();
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        Cli r = Cli.run("validate", "--fail-on", "sometimes");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--fail-on").contains("prepkit validate --help");
        assertThat(Cli.run("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void formatsAndRulesAreListed() {
        assertThat(Cli.run("formats").out()).contains("round-list").contains("question-bank").contains("markdown")
                .contains("landing-page").contains("article").contains("generic");
        assertThat(Cli.run("rules").out()).contains("missing-difficulty").contains("alias-tag").contains("duplicate-question");
        assertThat(Cli.run("schema").out()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
    }
}
