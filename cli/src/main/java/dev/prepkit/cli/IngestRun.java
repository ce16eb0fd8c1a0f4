package dev.prepkit.cli;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.FormatPin;
import dev.prepkit.ingest.GuideMerger;
import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.ingest.draft.LineLedger;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.fetch.FetchException;
import dev.prepkit.ingest.fetch.FetchedPage;
import dev.prepkit.ingest.fetch.RawPages;
import dev.prepkit.ingest.fetch.UrlFetcher;
import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ingests raw files into a guides folder: parse, merge with the curated guide of the same id (never losing
 * curated fields), write only what changed, atomically. Prints one summary line per guide, its changes and
 * its findings. URLs are fetched first, each into the content folder's {@code raw/} (see
 * {@link dev.prepkit.ingest.fetch.RawPages}), and then ingested from there like any raw file; a URL that cannot be
 * fetched is one error line naming it, and the other inputs still go through.
 */
final class IngestRun {

    /**
     * What a run did.
     *
     * @param findings the findings to print at the end; a raw file that could not be read is not among them (its
     *     error is printed where the file is listed) but sets {@code unreadable}
     */
    record Summary(List<Guide> guides, List<Finding> findings, boolean unreadable, int written) {
    }

    private final YamlCodec yaml = new YamlCodec();
    private final GuideMerger merger = new GuideMerger();

    /**
     * A raw file to ingest.
     *
     * @param file where it is
     * @param place where it is in the raw tree (for a dry run's fetched page: where it would be), absolute and
     *     normalized, so that a file is ingested once however it was named
     * @param display how messages name it
     * @param sourcePath its path as recorded in the guide
     */
    private record RawInput(Path file, Path place, String display, String sourcePath) {
        RawInput(Path file, Path place, String sourcePath) {
            this(file, place.toAbsolutePath().normalize(), ContentLayout.display(place), sourcePath);
        }
    }

    /** Runs over raw files and folders only; see {@link #run(List, UrlFetcher, List, Path, Path, IngestOptions, boolean, Path, PrintWriter)}. */
    Summary run(List<Path> inputs, Path contentRoot, Path out, IngestOptions options, boolean dryRun, Path report,
            PrintWriter print) throws IOException {
        return run(List.of(), null, inputs, contentRoot, out, options, dryRun, report, print);
    }

    /**
     * Runs.
     *
     * @param urls http(s) URLs to fetch into the content folder's raw tree and ingest; in a dry run they are fetched
     *     and ingested but not stored
     * @param fetcher what fetches them; null only when there are none
     * @param inputs raw files or folders
     * @param contentRoot the content folder, for recording source paths
     * @param out the guides folder to merge into and write
     * @param options ingest limits and overrides
     * @param dryRun print what would change, write nothing
     * @param report a JSON line-accounting report to write, or null
     * @param print where the summary goes
     */
    Summary run(List<String> urls, UrlFetcher fetcher, List<Path> inputs, Path contentRoot, Path out,
            IngestOptions options, boolean dryRun, Path report, PrintWriter print) throws IOException {
        Path scratch = null;
        try {
            Map<Path, RawInput> files = new LinkedHashMap<>();
            boolean unreadable = false;
            for (String url : urls) {
                if (scratch == null && dryRun) {
                    scratch = Files.createTempDirectory("prepkit-fetch");
                }
                RawInput fetched = fetch(url, fetcher, contentRoot, dryRun ? scratch : null, inputs, print);
                if (fetched == null) {
                    unreadable = true;
                } else {
                    files.put(fetched.place(), fetched);
                }
            }
            return ingest(files, unreadable, inputs, contentRoot, out, options, dryRun, report, print);
        } finally {
            if (scratch != null) {
                deleteTree(scratch);
            }
        }
    }

    /**
     * Fetches a URL and stores it in the raw tree (or, in a dry run, in {@code scratch}); prints what it did or the
     * error; returns the stored file, or null when it could not be fetched or stored.
     */
    private static RawInput fetch(String url, UrlFetcher fetcher, Path contentRoot, Path scratch, List<Path> inputs,
            PrintWriter print) {
        try {
            FetchedPage page = fetcher.fetch(url);
            Path raw = new ContentLayout(contentRoot).raw();
            Path place = raw.resolve(RawPages.relativePath(page.url(), page.extension()));
            Path stored = RawPages.store(page, scratch != null ? scratch : raw);
            RawInput input = new RawInput(stored, place, sourcePath(place, contentRoot, inputs));
            print.println("  fetched " + url + " -> " + input.display() + " (" + page.mediaType() + ", "
                    + page.bytes() + " bytes" + (scratch != null ? "; dry run: not stored" : "") + ")");
            return input;
        } catch (FetchException e) {
            print.println(url + ": error: " + e.getMessage());
        } catch (IOException e) {
            print.println(url + ": error: fetched, but it cannot be stored: " + e.getMessage());
        }
        return null;
    }

    private Summary ingest(Map<Path, RawInput> files, boolean unreadableSoFar, List<Path> inputs, Path contentRoot,
            Path out, IngestOptions options, boolean dryRun, Path report, PrintWriter print) throws IOException {
        Ingestor ingestor = new Ingestor(options);
        List<Guide> guides = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Map<String, Object>> accounting = new ArrayList<>();
        boolean unreadable = unreadableSoFar;
        int written = 0;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                findings.add(new Finding(Ingestor.UNREADABLE, Severity.ERROR, Location.file(ContentLayout.display(in)),
                        "no such file or folder", null));
                unreadable = true;
            } else {
                List<Path> found = Ingestor.rawFiles(List.of(in));
                if (found.isEmpty()) {
                    findings.add(new Finding(Ingestor.UNREADABLE, Severity.ERROR,
                            Location.file(ContentLayout.display(in)), "no raw guides in this folder", null));
                    unreadable = true;
                }
                for (Path file : found) {
                    // A page fetched in this run is also found by a walk of raw/: it is ingested once.
                    RawInput input = new RawInput(file, file, sourcePath(file, contentRoot, inputs));
                    files.putIfAbsent(input.place(), input);
                }
            }
        }
        // The curated guides are read first: the format each records is the one that reads its raw file (the pin).
        List<Prepared> prepared = new ArrayList<>();
        for (RawInput input : files.values()) {
            Path target = out.resolve(Ingestor.guideId(input.sourcePath()) + ".yaml");
            Guide curated = null;
            Finding curatedUnreadable = null;
            if (Files.exists(target)) {
                try {
                    curated = yaml.readGuide(target);
                } catch (JacksonException | IllegalArgumentException e) {
                    curatedUnreadable = new Finding(Ingestor.UNREADABLE, Severity.ERROR,
                            Location.file(ContentLayout.display(target)), "the curated guide cannot be read, so it "
                                    + "was not merged or overwritten: " + firstLine(e.getMessage()),
                            "fix the YAML (prepkit validate shows where), then ingest again");
                }
            }
            prepared.add(new Prepared(input, target, curated, curatedUnreadable));
        }
        List<Ingestor.Job> jobs = prepared.stream().map(p -> new Ingestor.Job(p.input().file(), p.input().display(),
                p.input().sourcePath(), FormatPin.of(p.curated(), ContentLayout.display(p.target())))).toList();
        // Both cores parse ahead; merging, printing and writing stay on this thread, in the files' order.
        int[] next = {0};
        boolean[] bad = {unreadable};
        int[] count = {0};
        ingestor.ingestAll(jobs, Runtime.getRuntime().availableProcessors(), outcome -> {
            Prepared p = prepared.get(next[0]++);
            if (!outcome.ok()) {
                // Said once, here, in the file list; not again among the findings printed at the end.
                print.println(outcome.error().location() + ": error: " + outcome.error().message());
                bad[0] = true;
                return;
            }
            if (p.curatedUnreadable() != null) {
                findings.add(p.curatedUnreadable());
                bad[0] = true;
                return;
            }
            Guide curated = p.curated();
            ParsedGuide parsed = outcome.parsed();
            GuideMerger.Result merged = merger.merge(curated, parsed.guide(), ContentLayout.display(p.target()));
            Guide guide = merged.guide();
            guides.add(guide);
            findings.addAll(parsed.findings());
            findings.addAll(merged.findings());
            // Only a change of content rewrites the file: a curator's layout and comments stay as they are.
            boolean changed = curated == null || !curated.equals(guide);
            String text = yaml.write(guide);
            print.println(line(guide, parsed.ledger(), changed, dryRun));
            for (String change : merged.changes()) {
                if (curated != null) {
                    print.println("    " + change);
                }
            }
            if (changed && !dryRun) {
                AtomicFile.writeString(p.target(), text);
                count[0]++;
            }
            accounting.add(accountingOf(p.input().display(), guide, parsed.ledger()));
        });
        unreadable = bad[0];
        written += count[0];
        if (report != null && !dryRun) {
            JsonMapper json = JsonMapper.builder().build();
            AtomicFile.writeString(report, json.writerWithDefaultPrettyPrinter().writeValueAsString(
                    Map.of("files", accounting)) + "\n");
        }
        return new Summary(guides, findings, unreadable, written);
    }

    /** A raw file with its guide's place and the curated guide found there (or why it could not be read). */
    private record Prepared(RawInput input, Path target, Guide curated, Finding curatedUnreadable) {
    }

    /**
     * Prints the explanation of each raw file; writes nothing. A file is read with the format ingest would use: the
     * forced one, else the one its guide in {@code guides} pins, else the detected one.
     *
     * @param guides the guides folder whose guides' formats are pins (a guide that cannot be read pins nothing)
     * @return the exit code: 2 when a file could not be read, else 0
     */
    int explain(List<Path> inputs, Path contentRoot, Path guides, IngestOptions options, PrintWriter print)
            throws IOException {
        Ingestor ingestor = new Ingestor(options);
        boolean unreadable = false;
        for (Path file : Ingestor.rawFiles(inputs)) {
            String display = ContentLayout.display(file);
            String source = sourcePath(file, contentRoot, inputs);
            Path target = guides.resolve(Ingestor.guideId(source) + ".yaml");
            Guide curated = null;
            if (Files.exists(target)) {
                try {
                    curated = yaml.readGuide(target);
                } catch (JacksonException | IllegalArgumentException e) {
                    // Explain writes nothing; ingest itself reports a guide it cannot read.
                }
            }
            Ingestor.Outcome outcome = ingestor.ingest(file, display, source,
                    FormatPin.of(curated, ContentLayout.display(target)));
            if (!outcome.ok()) {
                print.println(outcome.error().location() + ": error: " + outcome.error().message());
                unreadable = true;
                continue;
            }
            dev.prepkit.ingest.Explanation.of(display, outcome.parsed()).forEach(print::println);
            FindingLines.print(print, outcome.parsed().findings());
        }
        return unreadable ? ExitCode.USAGE_OR_INPUT.code() : ExitCode.OK.code();
    }

    private static String line(Guide g, LineLedger ledger, boolean changed, boolean dryRun) {
        Map<DropReason, Integer> dropped = ledger.droppedByReason();
        int droppedTotal = dropped.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder reasons = new StringBuilder();
        dropped.forEach((r, n) -> reasons.append(reasons.length() > 0 ? ", " : "").append(r.label()).append(' ').append(n));
        String state = !changed ? "unchanged" : dryRun ? "would write" : "written";
        return String.format("  %-34s %-14s %3d questions %2d rounds %2d sections | lines: %3d kept, %2d dropped%s, %d unclassified | %s",
                g.id(), g.source().format(), g.activeQuestions().size(), g.rounds().size(), g.sections().size(),
                ledger.keptCount(), droppedTotal, droppedTotal == 0 ? "" : " (" + reasons + ")",
                ledger.unclassified().size(), state);
    }

    private static Map<String, Object> accountingOf(String display, Guide guide, LineLedger ledger) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (LineLedger.Entry e : ledger.entries()) {
            if (e.text().isBlank()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", e.line());
            m.put("text", e.text());
            if (e.use() != null) {
                m.put("kept", e.use().name().toLowerCase().replace('_', '-'));
            } else if (e.dropped() != null) {
                m.put("dropped", e.dropped().label());
            } else {
                m.put("unclassified", true);
            }
            lines.add(m);
        }
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", display);
        file.put("guide", guide.id());
        file.put("format", guide.source().format());
        file.put("lines", lines);
        return file;
    }

    /** The raw file's path relative to the content folder when inside it, else relative to its input's parent. */
    static String sourcePath(Path file, Path contentRoot, List<Path> inputs) {
        Path abs = file.toAbsolutePath().normalize();
        Path root = contentRoot.toAbsolutePath().normalize();
        if (abs.startsWith(root)) {
            return root.relativize(abs).toString().replace('\\', '/');
        }
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            if (abs.startsWith(i) && i.getParent() != null) {
                return i.getParent().relativize(abs).toString().replace('\\', '/');
            }
        }
        return abs.getFileName().toString();
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary folder of a dry run: the system cleans it up if this cannot.
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
