package dev.prepkit.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Source;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatPinTest {

    private static final String MARKDOWN = """
            # Acme Backend Interview

            ## Coding

            - What is a B-tree?
            - Design a rate limiter.
            """;

    private static Path markdown(Path tmp) throws Exception {
        return Files.writeString(tmp.resolve("backend.md"), MARKDOWN);
    }

    private static Ingestor.Outcome ingest(IngestOptions options, Path f, FormatPin pin) {
        return new Ingestor(options).ingest(f, "raw/acme/backend.md", "raw/acme/backend.md", pin);
    }

    @Test
    void withoutAPinTheFormatIsDetected(@TempDir Path tmp) throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults(), markdown(tmp), null);
        assertThat(o.parsed().guide().source().format()).isEqualTo("markdown");
    }

    @Test
    void aPinnedFormatReadsTheFileInsteadOfTheDetectedOne(@TempDir Path tmp) throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults(), markdown(tmp),
                new FormatPin("text", "guides/acme-backend.yaml"));
        assertThat(o.ok()).isTrue();
        assertThat(o.parsed().guide().source().format()).isEqualTo("text");
        assertThat(o.parsed().findings()).extracting(Finding::ruleId).doesNotContain(FormatPin.UNKNOWN);
    }

    @Test
    void aForcedFormatOverridesThePinAndIsWhatTheGuideRecords(@TempDir Path tmp) throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults().withFormat("question-list"), markdown(tmp),
                new FormatPin("text", "guides/acme-backend.yaml"));
        assertThat(o.parsed().guide().source().format()).isEqualTo("question-list");
    }

    @Test
    void aFormatOnlyEverForcedByNameCanBePinned(@TempDir Path tmp) throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults(), markdown(tmp),
                new FormatPin("generic", "guides/acme-backend.yaml"));
        assertThat(o.parsed().guide().source().format()).isEqualTo("generic");
    }

    @Test
    void aPinnedFormatThatNoLongerExistsFallsBackToDetectionWithAWarningNamingTheGuideAndTheName(@TempDir Path tmp)
            throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults(), markdown(tmp),
                new FormatPin("foo", "content/guides/acme-backend.yaml"));
        assertThat(o.ok()).isTrue();
        assertThat(o.parsed().guide().source().format()).isEqualTo("markdown");
        assertThat(o.parsed().findings()).filteredOn(f -> f.ruleId().equals(FormatPin.UNKNOWN)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.location().path()).isEqualTo("content/guides/acme-backend.yaml");
                    assertThat(f.message()).contains("'foo'").contains("detected format 'markdown'");
                });
    }

    @Test
    void aPinnedFormatThatCannotReadTheFileIsOneErrorThatNamesThePin(@TempDir Path tmp) throws Exception {
        Ingestor.Outcome o = ingest(IngestOptions.defaults(), markdown(tmp),
                new FormatPin("json", "guides/acme-backend.yaml"));
        assertThat(o.ok()).isFalse();
        assertThat(o.error().message()).contains("format 'json', which guides/acme-backend.yaml pins")
                .contains("--format");
    }

    @Test
    void aGuidePinsTheFormatItsSourceRecordsAndAHandWrittenGuidePinsNothing() {
        Guide ingested = new Guide(null, "acme-backend", "Acme", null, null,
                new Source("raw/acme/backend.md", "text", "0".repeat(64), null), null, null, null, null);
        assertThat(FormatPin.of(ingested, "g.yaml")).isEqualTo(new FormatPin("text", "g.yaml"));
        Guide byHand = new Guide(null, "acme-backend", "Acme", null, null, null, null, null, null, null);
        assertThat(FormatPin.of(byHand, "g.yaml")).isNull();
        assertThat(FormatPin.of(null, "g.yaml")).isNull();
        assertThatThrownBy(() -> new FormatPin(" ", "g.yaml")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGuideIdIsKnownFromTheSourcePathBeforeTheFileIsRead() {
        assertThat(Ingestor.guideId("raw/netflix/chief-architect.txt")).isEqualTo("netflix-chief-architect");
        assertThat(Ingestor.guideId("backend.md")).isEqualTo("backend");
    }
}
