package dev.prepkit.cli;

import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.model.Guide;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.validate.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code prepkit build}: ingest, validate, export, manifest. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Runs the whole pipeline over the content folder: ingest raw/ into guides/ (merging, never "
                + "overwriting curated fields), validate guides/, then export the study packs and the question sheet "
                + "and write manifest.json (counts per guide, sha256 of every output). Nothing is exported when "
                + "validation finds errors; the previous outputs stay as they were."})
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        ContentLayout layout = content.layout();
        if (!Files.isDirectory(layout.root())) {
            spec.commandLine().getErr().println("prepkit build: no content folder at " + ContentLayout.display(layout.root())
                    + "; pass --content DIR");
            return ExitCode.USAGE_OR_INPUT.code();
        }
        pw.println("1/3 ingest " + ContentLayout.display(layout.raw()) + " -> " + ContentLayout.display(layout.guides()));
        IngestRun.Summary ingest = new IngestRun().run(List.of(layout.raw()), layout.root(), layout.guides(),
                IngestOptions.defaults().withDifficultySynonyms(IngestConfig.difficultySynonyms(layout)), false, null, pw);
        FindingLines.print(pw, ingest.findings());

        pw.println("2/3 validate " + ContentLayout.display(layout.guides()));
        List<Guide> guides = new ArrayList<>();
        ValidateCommand.Outcome v = ValidateCommand.validate(layout, List.of(layout.guides()), guides::add);
        String report = TextReport.render(v.result());
        pw.print(report.lines().count() > 1 ? report.indent(2) : "  " + report);
        if (ingest.unreadable() || v.missingInput()) {
            pw.println("Build stopped: some input could not be read; previous outputs in " + ContentLayout.display(out) + " kept.");
            return ExitCode.USAGE_OR_INPUT.code();
        }
        if (v.result().hasAtLeast(Severity.ERROR)) {
            pw.println("Build stopped: fix the errors above; previous outputs in " + ContentLayout.display(out) + " kept.");
            return ExitCode.FINDINGS.code();
        }

        pw.println("3/3 export -> " + ContentLayout.display(out));
        // The guides, taxonomy and configuration validation read are the ones exported: nothing is read twice.
        Exporter exporter = new Exporter();
        List<Path> outputs = exporter.exportAll(guides, v.taxonomy(), v.config(), out, pw);
        Path manifest = out.resolve("manifest.json");
        AtomicFile.writeString(manifest, manifest(guides, outputs, out));
        pw.println("  wrote " + ContentLayout.display(manifest));
        int questions = guides.stream().mapToInt(g -> g.activeQuestions().size()).sum();
        pw.println("Built " + guides.size() + " guides, " + questions + " interview questions: "
                + v.result().count(Severity.ERROR) + " errors, " + v.result().count(Severity.WARNING) + " warnings"
                + (exporter.outcome() == ExitCode.OK ? "." : "; some rows were left out of the sheets (see above)."));
        pw.flush();
        return exporter.outcome().code();
    }

    /** The manifest: counts per guide, totals, and the sha256 of every output. Stable: no timestamps. */
    static String manifest(List<Guide> guides, List<Path> outputs, Path out) throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> gs = new ArrayList<>();
        int questions = 0;
        for (Guide g : guides) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("id", g.id());
            e.put("company", g.company());
            e.put("source", g.source() == null ? null : g.source().path());
            e.put("questions", g.activeQuestions().size());
            e.put("rounds", g.rounds().size());
            e.put("sections", g.sections().size());
            gs.add(e);
            questions += g.activeQuestions().size();
        }
        m.put("guides", gs);
        m.put("totals", Map.of("guides", guides.size(), "questions", questions));
        List<Map<String, Object>> os = new ArrayList<>();
        for (Path p : outputs) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", out.toAbsolutePath().normalize().relativize(p.toAbsolutePath().normalize()).toString().replace('\\', '/'));
            e.put("bytes", Files.size(p));
            e.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            os.add(e);
        }
        m.put("outputs", os);
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(m) + "\n";
    }
}
