package dev.prepkit.cli;

import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.fetch.UrlFetcher;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepkit ingest}: raw guides to guide YAML, merged with curated guides. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads raw guides, detects each one's format by its content (or uses the format its guide "
                + "already records, or --format), and writes one guide YAML per raw file. Re-ingest merges into existing guides: curated fields are kept, new questions added, "
                + "vanished ones marked removed-from-source, never deleted.",
            "An http or https URL is fetched into the content folder's raw/<host>/ first (with a hidden "
                + ".<name>.source.yaml next to it that keeps the URL and the fetch time), then ingested like a "
                + "saved file."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "PATH|URL", arity = "0..*",
            description = "Raw files or folders, or http(s) URLs to fetch (default: the content folder's raw/).")
    List<String> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Where guide YAML goes (default: the content folder's guides/).")
    Path out;

    @Option(names = "--format", paramLabel = "NAME", description = "Use this parser instead of detecting (see 'prepkit formats'); the guide records it, and later ingests and builds keep using it.")
    String format;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", description = "Encoding of the raw files (default: ${DEFAULT-VALUE}).")
    Charset charset;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "10485760", description = "Largest raw file read (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--max-line-length", paramLabel = "CHARS", defaultValue = "20000", description = "Longest raw line read (default: ${DEFAULT-VALUE}).")
    int maxLineLength;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "How long fetching a URL may take: connecting, the response and its body, per request (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--report", paramLabel = "FILE", description = "Write the full line accounting as JSON: every raw line, where it went or why it was dropped.")
    Path report;

    @Option(names = "--dry-run", description = "Print what would change, guide by guide, without writing.")
    boolean dryRun;

    @Option(names = "--explain", description = "Print, per block of each raw file, its lines, what it became and the "
            + "features that decided it; writes nothing.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        if (format != null && new dev.prepkit.ingest.FormatDetector().byName(format).isEmpty()) {
            spec.commandLine().getErr().println("prepkit ingest: unknown format '" + format + "'; run 'prepkit formats'");
            return ExitCode.USAGE_OR_INPUT.code();
        }
        if (timeoutSeconds < 1 || maxFileSize < 1) {
            spec.commandLine().getErr().println("prepkit ingest: " + (timeoutSeconds < 1 ? "--timeout" : "--max-file-size")
                    + " must be at least 1");
            return ExitCode.USAGE_OR_INPUT.code();
        }
        ContentLayout layout = content.layout();
        List<String> urls = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String arg : paths == null ? List.<String>of() : paths) {
            if (UrlFetcher.isUrl(arg)) {
                urls.add(arg);
                shown.add(arg);
            } else {
                try {
                    files.add(Path.of(arg));
                    shown.add(ContentLayout.display(Path.of(arg)));
                } catch (InvalidPathException e) {
                    spec.commandLine().getErr().println("prepkit ingest: not a path: " + e.getMessage());
                    return ExitCode.USAGE_OR_INPUT.code();
                }
            }
        }
        if (urls.isEmpty() && files.isEmpty()) {
            files.add(layout.raw());
            shown.add(ContentLayout.display(layout.raw()));
        }
        Path target = out != null ? out : layout.guides();
        IngestOptions options = new IngestOptions(maxFileSize, maxLineLength, charset, format,
                IngestConfig.difficultySynonyms(layout));
        if (explain) {
            return new IngestRun().explain(files, layout.root(), target, options, pw);
        }
        pw.println((dryRun ? "Dry run: ingest " : "Ingest ") + String.join(", ", shown) + " -> " + ContentLayout.display(target));
        // A fetcher only when URLs were given: nothing is downloaded that was not asked for.
        UrlFetcher fetcher = urls.isEmpty() ? null : new UrlFetcher(Duration.ofSeconds(timeoutSeconds), maxFileSize);
        IngestRun.Summary s = new IngestRun().run(urls, fetcher, files, layout.root(), target, options, dryRun, report, pw);
        FindingLines.print(pw, s.findings());
        int questions = s.guides().stream().mapToInt(g -> g.activeQuestions().size()).sum();
        pw.println(s.guides().size() + " guides, " + questions + " questions; " + (dryRun ? "nothing written" : s.written() + " files written")
                + (s.unreadable() ? "; some input could not be read" : ""));
        return s.unreadable() ? ExitCode.USAGE_OR_INPUT.code() : ExitCode.OK.code();
    }
}
