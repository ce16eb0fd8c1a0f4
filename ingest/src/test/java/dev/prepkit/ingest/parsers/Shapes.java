package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.LineLedger;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.TextNormalizer;
import dev.prepkit.model.Guide;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.finding.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shape fixtures under {@code src/test/resources/shapes/<shape>/<company>/<file>}: each is ingested as if it
 * were {@code raw/<company>/<file>}, so that the company (and role) can come from its path.
 */
final class Shapes {

    private Shapes() {
    }

    /** The fixtures folder. */
    static Path root() {
        try {
            return Path.of(Shapes.class.getResource("/shapes").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every fixture, as a path relative to the fixtures folder ({@code table/acme/backend-engineer.csv}). */
    static List<String> all() {
        try (Stream<Path> walk = Files.walk(root())) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> root().relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shape folder a fixture is in ({@code table}). */
    static String shapeOf(String fixture) {
        return fixture.substring(0, fixture.indexOf('/'));
    }

    /** Where the fixture would be in the content folder ({@code raw/acme/backend-engineer.csv}). */
    static String sourcePath(String fixture) {
        return "raw/" + fixture.substring(fixture.indexOf('/') + 1);
    }

    /**
     * Ingests a fixture with the layout of its folder forced, as {@code --format NAME} does (these layouts are
     * no longer detected: the readers and the interpreter read such pages now); the {@code unknown} folder goes
     * through detection.
     */
    static ParsedGuide ingest(String fixture) {
        String shape = shapeOf(fixture);
        String format = new dev.prepkit.ingest.FormatDetector().byName(shape).isPresent() ? shape : null;
        IngestOptions options = new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES,
                IngestOptions.DEFAULT_MAX_LINE_CHARS, java.nio.charset.StandardCharsets.UTF_8, format);
        Ingestor.Outcome o = new Ingestor(options).ingest(root().resolve(fixture), "shapes/" + fixture,
                sourcePath(fixture));
        if (!o.ok()) {
            throw new AssertionError(o.error().toString());
        }
        return o.parsed();
    }

    /** A fixture read into a document, as the ingestor reads it. */
    static RawDocument doc(String fixture) {
        try {
            String text = new String(Files.readAllBytes(root().resolve(fixture)), StandardCharsets.UTF_8);
            return new RawDocument("shapes/" + fixture, sourcePath(fixture), "0".repeat(64), TextNormalizer.lines(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The items of every section of a kind. */
    static List<SectionItem> items(Guide g, SectionKind kind) {
        return g.sections().stream().filter(s -> s.kind() == kind).flatMap(s -> s.items().stream()).toList();
    }

    /** The text of the lines dropped for a reason. */
    static List<String> dropped(ParsedGuide p, DropReason reason) {
        return p.ledger().entries().stream().filter(e -> e.dropped() == reason).map(LineLedger.Entry::text).toList();
    }

    /** The rule ids of the findings. */
    static List<String> rules(ParsedGuide p) {
        return p.findings().stream().map(Finding::ruleId).toList();
    }
}
