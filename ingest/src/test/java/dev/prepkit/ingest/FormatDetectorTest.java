package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.ParsedGuide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.RepoRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatDetectorTest {

    @Test
    void eachSeedIsDetectedByItsContentEvenUnderAMeaninglessName(@TempDir Path tmp) throws Exception {
        Map<String, String> expected = Map.of("chief-architect.txt", "round-list", "question-bank.txt", "question-bank",
                "engineering-leadership.md", "markdown-guide", "mock-interview-landing.txt", "landing-page",
                "software-engineer-article.txt", "article");
        int n = 0;
        for (var e : expected.entrySet()) {
            Path renamed = tmp.resolve("scrape-" + (n++) + ".dat");
            Files.copy(RepoRoot.rawNetflix().resolve(e.getKey()), renamed);
            Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(renamed, renamed.toString(),
                    "raw/" + renamed.getFileName());
            assertThat(o.parsed().guide().source().format()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void anUnknownShapeIsReadAsPlainTextByStructureAndKeepsEveryLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("notes.txt");
        Files.writeString(f, "Some heading\nA line of notes about the company.\nWhat is your biggest weakness?\n");
        ParsedGuide p = new Ingestor(IngestOptions.defaults()).ingest(f, "notes.txt", "raw/acme/notes.txt").parsed();
        assertThat(p.guide().source().format()).isEqualTo("text");
        assertThat(p.guide().company()).isEqualTo("Acme");
        assertThat(p.guide().questions()).singleElement().satisfies(q ->
                assertThat(q.text()).isEqualTo("What is your biggest weakness?"));
        assertThat(p.guide().sections().get(0).items()).hasSize(2);
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.findings()).anySatisfy(fi -> assertThat(fi.ruleId()).isEqualTo("company-from-path"));
    }

    @Test
    void theGenericParserIsListedLast() {
        assertThat(new FormatDetector().parsers()).last().extracting(GuideParser::name).isEqualTo("generic");
    }
}
