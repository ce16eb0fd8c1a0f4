package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.ParsedGuide;

import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.fetch.SourceSidecar;
import dev.prepkit.ingest.read.UnreadableDocumentException;
import dev.prepkit.model.Guide;
import dev.prepkit.model.io.StrictText;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads raw guide files and parses each into a guide. A file that cannot be read (missing, empty, binary, not in
 * the charset, too large, a line too long) gives one error finding naming the file, and the other files still go
 * through. A raw file that {@code prepkit ingest URL} fetched has a {@link SourceSidecar} next to it: it is read as
 * UTF-8 (as it was stored), and its guide's source records the URL and the fetch time.
 *
 * <p>The format that reads a file is, in this order: the one forced with {@code --format}
 * ({@link IngestOptions#format()}), the one its curated guide pins ({@link FormatPin}: the {@code source.format}
 * it records, when {@link FormatDetector#byName} knows it), else the one {@link FormatDetector#detect} picks. A pin
 * naming no known format is an {@value FormatPin#UNKNOWN} warning, and the format is detected. Thread-safe: holds no
 * state between calls. {@link #ingestAll(List)} ingests many files on all processors, with the same outcomes in the
 * same order as {@link #ingest} called for each file in turn.
 */
public final class Ingestor {

    /** The rule id of errors about raw files that could not be read. */
    public static final String UNREADABLE = "unreadable-input";

    /**
     * The outcome for one raw file: a parsed guide, or the error that stopped it.
     *
     * @param path the file as named for messages
     * @param parsed the parsed guide, or null when the file could not be read
     * @param error the error finding, or null when the file was parsed
     */
    public record Outcome(String path, ParsedGuide parsed, Finding error) {
        /** Whether the file was read and parsed. */
        public boolean ok() {
            return parsed != null;
        }
    }

    /**
     * A raw file to ingest, with the arguments of {@link #ingest(Path, String, String)}.
     *
     * @param file the file
     * @param displayPath the path for messages
     * @param sourcePath the path relative to the content folder, recorded in the guide
     * @param pin the format its curated guide pins, or null (see {@link #ingest(Path, String, String, FormatPin)})
     */
    public record Job(Path file, String displayPath, String sourcePath, FormatPin pin) {

        /** A job with no pinned format. */
        public Job(Path file, String displayPath, String sourcePath) {
            this(file, displayPath, sourcePath, null);
        }
    }

    /**
     * Takes the outcomes of {@link #ingestAll(List, int, Sink)} one by one, in the order of the jobs.
     *
     * @param <T> what it takes
     * @param <E> what it may throw
     */
    @FunctionalInterface
    public interface Sink<T, E extends Exception> {
        /** Takes the next outcome. */
        void accept(T outcome) throws E;
    }

    private final FormatDetector detector;
    private final IngestOptions options;

    /** An ingestor with the built-in parsers. */
    public Ingestor(IngestOptions options) {
        this(new FormatDetector(), options);
    }

    /** An ingestor with the given detector. */
    public Ingestor(FormatDetector detector, IngestOptions options) {
        this.detector = detector;
        this.options = options;
    }

    /**
     * The raw files under the given paths: files as given, folders walked recursively; hidden files (among them
     * the {@link SourceSidecar}s of fetched pages) and {@code README.md} left out; sorted by path.
     *
     * @throws IOException when a folder cannot be listed
     */
    public static List<Path> rawFiles(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(p -> !Files.isDirectory(p))
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                            .sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }

    /**
     * The id of the guide a raw file at this path gives, known before the file is read (to find its curated guide
     * and so its {@link FormatPin}): the folders below {@code raw/} and the file name without extension, as one slug.
     *
     * @param sourcePath the path relative to the content folder, as passed to {@link #ingest}; never null
     * @return the guide id ({@code raw/netflix/chief-architect.txt} gives {@code netflix-chief-architect})
     */
    public static String guideId(String sourcePath) {
        return new RawDocument(sourcePath, sourcePath, "", List.of()).guideId();
    }

    /**
     * Reads and parses one raw file with the forced format, else the detected one; the same as
     * {@link #ingest(Path, String, String, FormatPin)} with no pin.
     */
    public Outcome ingest(Path file, String displayPath, String sourcePath) {
        return ingest(file, displayPath, sourcePath, null);
    }

    /**
     * Reads and parses one raw file.
     *
     * @param file the file
     * @param displayPath the path for messages
     * @param sourcePath the path relative to the content folder, recorded in the guide
     * @param pin the format the file's curated guide records, or null when it has none (no curated guide yet);
     *     used unless {@link IngestOptions#format()} forces one. A pinned format that no longer exists adds an
     *     {@value FormatPin#UNKNOWN} warning to the parsed guide's findings and the format is detected; a pinned
     *     format that cannot read the file gives its error, which names the pin
     * @return a parsed guide or an error; never null, never throws for bad input
     * @throws IllegalArgumentException when {@link IngestOptions#format()} names no format
     */
    public Outcome ingest(Path file, String displayPath, String sourcePath, FormatPin pin) {
        try {
            if (!Files.isRegularFile(file)) {
                return fail(displayPath, 0, "no such file");
            }
            long size = Files.size(file);
            if (size > options.maxFileBytes()) {
                return fail(displayPath, 0, "file is " + size + " bytes, over the limit of " + options.maxFileBytes()
                        + " (raise it with --max-file-size)");
            }
            SourceSidecar origin;
            try {
                origin = SourceSidecar.read(file).orElse(null);
            } catch (IOException e) {
                return fail(displayPath, 0, e.getMessage());
            }
            byte[] bytes = Files.readAllBytes(file);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    return fail(displayPath, 0, "binary file: NUL byte at offset " + i + "; raw guides are text");
                }
            }
            Decoded decoded = decode(bytes, origin != null ? StandardCharsets.UTF_8 : options.charset());
            if (decoded.error() != null) {
                return fail(displayPath, 0, decoded.error());
            }
            String text = decoded.text();
            List<String> lines = TextNormalizer.lines(text);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > options.maxLineChars()) {
                    return fail(displayPath, i + 1, "line " + (i + 1) + " is " + lines.get(i).length()
                            + " characters, over the limit of " + options.maxLineChars());
                }
            }
            if (lines.stream().allMatch(String::isBlank)) {
                return fail(displayPath, 0, "empty file: no text to ingest");
            }
            RawDocument doc = new RawDocument(displayPath, sourcePath, sha256(bytes), lines);
            GuideParser parser;
            FormatPin used = null;
            Finding unknownPin = null;
            if (options.format() != null) {
                parser = detector.byName(options.format()).orElseThrow(() -> new IllegalArgumentException(
                        "unknown format '" + options.format() + "'"));
            } else if (pin != null && detector.byName(pin.format()).isPresent()) {
                parser = detector.byName(pin.format()).get();
                used = pin;
            } else {
                parser = detector.detect(doc);
                if (pin != null) {
                    unknownPin = new Finding(FormatPin.UNKNOWN, Severity.WARNING, Location.file(pin.guideFile()),
                            "the guide pins format '" + pin.format() + "' (its source.format), which does not exist; "
                                    + displayPath + " was read with the detected format '" + parser.name() + "'",
                            "ingest with --format NAME (see 'prepkit formats') to pin another format");
                }
            }
            ParsedGuide parsed;
            try {
                parsed = parser.parse(doc, doc.guideId());
            } catch (UnreadableDocumentException e) {
                if (used == null) {
                    throw e;
                }
                return fail(displayPath, e.line(), e.getMessage() + " (read with format '" + used.format()
                        + "', which " + used.guideFile() + " pins; force another with --format)");
            }
            parsed = ConfiguredSynonyms.apply(parsed, options.difficultySynonyms());
            if (unknownPin != null) {
                List<Finding> findings = new ArrayList<>(parsed.findings());
                findings.add(unknownPin);
                parsed = new ParsedGuide(parsed.guide(), parsed.ledger(), findings, parsed.lowConfidence(),
                        parsed.decisions());
            }
            return new Outcome(displayPath, origin == null ? parsed : withOrigin(parsed, origin), null);
        } catch (UnreadableDocumentException e) {
            return fail(displayPath, e.line(), e.getMessage());
        } catch (IOException e) {
            return fail(displayPath, 0, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /**
     * Reads and parses many raw files on as many threads as there are processors.
     *
     * @return one outcome per job, in the order of the jobs: the outcomes {@link #ingest} gives for each
     */
    public List<Outcome> ingestAll(List<Job> jobs) {
        List<Outcome> out = new ArrayList<>(jobs.size());
        ingestAll(jobs, Runtime.getRuntime().availableProcessors(), out::add);
        return out;
    }

    /**
     * Reads and parses many raw files on {@code threads} worker threads and gives each outcome to {@code inOrder}
     * on the calling thread, in the order of the jobs, as soon as it and the ones before it are ready: the caller
     * can write one guide while the workers parse the next files. The workers run at most a few dozen files ahead
     * of the caller, so that outcomes do not pile up in memory. Same outcomes, in the same order, as a loop calling
     * {@link #ingest} for each job; what that loop would throw (an unknown {@code --format}) is thrown at the same
     * job, after the outcomes before it were given.
     *
     * @param threads how many files to parse at once, at least 1 ({@code Runtime.availableProcessors()} uses every
     *     core)
     * @param inOrder takes each outcome; when it throws, the files still being parsed are abandoned and its exception
     *     is thrown
     * @throws E what {@code inOrder} throws
     */
    public <E extends Exception> void ingestAll(List<Job> jobs, int threads, Sink<? super Outcome, E> inOrder)
            throws E {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        new InOrderPool<Job, Outcome>(jobs, j -> ingest(j.file(), j.displayPath(), j.sourcePath(), j.pin()), threads)
                .run(inOrder);
    }

    private static ParsedGuide withOrigin(ParsedGuide parsed, SourceSidecar origin) {
        Guide guide = parsed.guide();
        if (guide.source() == null) {
            return parsed;
        }
        return new ParsedGuide(guide.withSource(guide.source().withOrigin(origin.url(), origin.fetched())),
                parsed.ledger(), parsed.findings(), parsed.lowConfidence(), parsed.decisions());
    }

    /** Decoded text, or the reason it could not be decoded. */
    private record Decoded(String text, String error) {
    }

    private static Decoded decode(byte[] bytes, Charset charset) {
        StrictText.Decoded d = StrictText.decode(bytes, charset);
        return d.valid() ? new Decoded(d.text(), null) : new Decoded(null, "not valid " + charset.name()
                + ": bad byte sequence at byte offset " + d.badOffset() + " (use --charset to read another encoding)");
    }

    private static Outcome fail(String path, int line, String message) {
        return new Outcome(path, null, new Finding(UNREADABLE, Severity.ERROR,
                new Location(path, line, line > 0 ? 1 : 0), message, null));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
