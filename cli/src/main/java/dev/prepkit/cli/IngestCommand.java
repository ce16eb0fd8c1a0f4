package dev.prepkit.cli;

import dev.prepkit.ingest.IngestOptions;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
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
        description = {"Reads raw guides, detects each one's format by its content, and writes one guide YAML per raw "
                + "file. Re-ingest merges into existing guides: curated fields are kept, new questions added, "
                + "vanished ones marked removed-from-source, never deleted."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Raw files or folders (default: the content folder's raw/).")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Where guide YAML goes (default: the content folder's guides/).")
    Path out;

    @Option(names = "--format", paramLabel = "NAME", description = "Use this parser instead of detecting (see 'prepkit formats').")
    String format;

    @Option(names = "--charset", paramLabel = "NAME", defaultValue = "UTF-8", description = "Encoding of the raw files (default: ${DEFAULT-VALUE}).")
    Charset charset;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "10485760", description = "Largest raw file read (default: ${DEFAULT-VALUE}).")
    long maxFileSize;

    @Option(names = "--max-line-length", paramLabel = "CHARS", defaultValue = "20000", description = "Longest raw line read (default: ${DEFAULT-VALUE}).")
    int maxLineLength;

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
        ContentLayout layout = content.layout();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(layout.raw()) : paths;
        Path target = out != null ? out : layout.guides();
        IngestOptions options = new IngestOptions(maxFileSize, maxLineLength, charset, format);
        if (explain) {
            return new IngestRun().explain(inputs, layout.root(), options, pw);
        }
        pw.println((dryRun ? "Dry run: ingest " : "Ingest ") + String.join(", ", inputs.stream().map(ContentLayout::display).toList())
                + " -> " + ContentLayout.display(target));
        IngestRun.Summary s = new IngestRun().run(inputs, layout.root(), target, options, dryRun, report, pw);
        FindingLines.print(pw, s.findings());
        int questions = s.guides().stream().mapToInt(g -> g.activeQuestions().size()).sum();
        pw.println(s.guides().size() + " guides, " + questions + " questions; " + (dryRun ? "nothing written" : s.written() + " files written")
                + (s.unreadable() ? "; some input could not be read" : ""));
        return s.unreadable() ? ExitCode.USAGE_OR_INPUT.code() : ExitCode.OK.code();
    }
}
