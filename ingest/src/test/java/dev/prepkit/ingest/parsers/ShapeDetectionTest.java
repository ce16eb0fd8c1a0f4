package dev.prepkit.ingest.parsers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.FormatDetector;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.TextNormalizer;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.testing.RepoRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each shape is detected by its own parser, and no parser claims another's shape. */
class ShapeDetectionTest {

    /** The shapes added for "more shapes", one parser each. */
    private static final Set<String> NEW_SHAPES = Set.of("question-list", "qa-pairs", "table", "one-per-line", "mdx");

    /** The five real seeds and the format each has always been detected as. */
    private static final Map<String, String> SEEDS = Map.of("chief-architect.txt", "round-list",
            "question-bank.txt", "question-bank", "engineering-leadership.md", "markdown-guide",
            "mock-interview-landing.txt", "landing-page", "software-engineer-article.txt", "article");

    /**
     * Fixtures that are markdown too, which the markdown-guide parser rightly finds markdown-like: their own parser
     * must still outscore it.
     */
    private static final Set<String> MARKDOWN_TOO = Set.of("question-list/acme/backend-engineer.md",
            "qa-pairs/hooli/site-reliability-engineer.md", "table/hooli/frontend-engineer.md",
            "mdx/umbrella/ml-engineer.mdx");

    private final FormatDetector detector = new FormatDetector();

    private static RawDocument seed(String name) {
        try {
            Path f = RepoRoot.rawNetflix().resolve(name);
            return new RawDocument(name, "raw/netflix/" + name, "0".repeat(64), TextNormalizer.lines(Files.readString(f)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every fixture and seed by name, with the format it must be detected as. */
    private static Map<String, RawDocument> documents() {
        Map<String, RawDocument> out = new LinkedHashMap<>();
        Shapes.all().forEach(f -> out.put(f, Shapes.doc(f)));
        SEEDS.keySet().stream().sorted().forEach(s -> out.put("seed " + s, seed(s)));
        return out;
    }

    private static String expectedFormat(String name) {
        if (name.startsWith("seed ")) {
            return SEEDS.get(name.substring(5));
        }
        // The line-layout shapes are read by the syntax readers now: markdown and MDX by the markdown reader,
        // text by the plain-text reader, CSV/TSV and pipe tables by the table reader.
        if (Shapes.shapeOf(name).equals("table")) {
            return "table";
        }
        return name.endsWith(".md") || name.endsWith(".mdx") ? "markdown" : "text";
    }

    @Test
    void everyShapeHasAFixtureAndEveryFixtureIsDetectedByItsSyntax() {
        assertThat(Shapes.all().stream().map(Shapes::shapeOf).distinct())
                .containsExactlyInAnyOrder("question-list", "qa-pairs", "table", "one-per-line", "mdx", "unknown");
        for (String fixture : Shapes.all()) {
            assertThat(detector.detect(Shapes.doc(fixture)).name()).as(fixture).isEqualTo(expectedFormat(fixture));
        }
    }

    @Test
    void theFiveSeedsAreStillDetectedAsBefore() {
        for (var e : SEEDS.entrySet()) {
            assertThat(detector.detect(seed(e.getKey())).name()).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    @Test
    void theTableReaderScoresBelowThePickThresholdOnEveryOtherShapeAndSeed() {
        // The other line-layout parsers are only forced by name now; their scores decide nothing.
        for (var doc : documents().entrySet()) {
            for (GuideParser p : detector.parsers()) {
                if (p.name().equals("table") && !p.name().equals(expectedFormat(doc.getKey()))) {
                    assertThat(p.detect(doc.getValue())).as(p.name() + " on " + doc.getKey())
                            .isLessThan(FormatDetector.MIN_CONFIDENCE);
                }
            }
        }
    }

    @Test
    void noOlderParserClaimsANewShapeExceptMarkdownOnMarkdownPagesWhichTheirOwnParserOutscores() {
        for (String fixture : Shapes.all()) {
            RawDocument doc = Shapes.doc(fixture);
            for (GuideParser p : detector.parsers()) {
                if (NEW_SHAPES.contains(p.name()) || p.name().equals(expectedFormat(fixture))) {
                    continue;
                }
                if (p.name().equals("csv") && expectedFormat(fixture).equals("table")) {
                    // Two readers of one syntax: the table reader, earlier in the declared order, outscores it.
                    assertThat(detector.detect(doc).name()).as(fixture).isEqualTo("table");
                    continue;
                }
                double score = p.detect(doc);
                if (p.name().equals("markdown") && MARKDOWN_TOO.contains(fixture)) {
                    double own = detector.byName(expectedFormat(fixture)).orElseThrow().detect(doc);
                    assertThat(own).as(fixture + " against markdown").isGreaterThan(score);
                } else {
                    assertThat(score).as(p.name() + " on " + fixture).isLessThan(FormatDetector.MIN_CONFIDENCE);
                }
            }
        }
    }

    @Test
    void everyNewParserAccountsForEveryLineOfEveryDocumentEvenWhenForcedOntoTheWrongShape() throws Exception {
        for (var doc : documents().entrySet()) {
            for (GuideParser p : detector.parsers()) {
                if (NEW_SHAPES.contains(p.name())) {
                    ParsedGuide parsed = p.parse(doc.getValue(), "g");
                    assertThat(parsed.ledger().unclassified()).as(p.name() + " on " + doc.getKey()).isEmpty();
                }
            }
        }
    }

    @Test
    void anUnknownShapeIsReadByThePlainTextReaderAndEveryLineIsKept() {
        ParsedGuide p = new DocumentParserFixture().parse("unknown/wayne/onsite-notes.txt");
        assertThat(p.guide().source().format()).isEqualTo("text");
        assertThat(Shapes.rules(p)).contains("company-from-path").doesNotContain("role-from-path");
        assertThat(p.guide().company()).isEqualTo("Wayne");
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.decisions()).isNotEmpty();
    }

    /** Ingests a fixture through detection. */
    private static final class DocumentParserFixture {
        ParsedGuide parse(String fixture) {
            Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(Shapes.root().resolve(fixture),
                    "shapes/" + fixture, Shapes.sourcePath(fixture));
            return o.parsed();
        }
    }

    @Test
    void theNewParsersAreRegisteredWithOneLineDescriptionsAndTheGenericParserStaysLast() {
        List<String> names = detector.parsers().stream().map(GuideParser::name).toList();
        assertThat(names).containsAll(NEW_SHAPES).contains("markdown", "text").last().isEqualTo("generic");
        assertThat(detector.parsers()).allSatisfy(p -> {
            assertThat(p.name()).matches("[a-z]+(-[a-z]+)*");
            assertThat(p.description()).isNotBlank().doesNotContain("\n").hasSizeLessThanOrEqualTo(120);
        });
    }

    @Test
    void detectionJudgesContentNotTheFileName(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        for (String fixture : Shapes.all()) {
            Path renamed = Files.copy(Shapes.root().resolve(fixture), tmp.resolve("scrape-" + fixture.hashCode() + ".dat"));
            Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(renamed, renamed.toString(),
                    "raw/" + renamed.getFileName());
            assertThat(o.parsed().guide().source().format()).as(fixture).isEqualTo(expectedFormat(fixture));
        }
    }
}
