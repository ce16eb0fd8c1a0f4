package dev.prepkit.cli;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.Baseline;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.validate.report.ReportFormats;
import dev.prepkit.validate.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prepkit validate}: schema and rules over guide files. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks guide YAML against the guide JSON Schema and the rules (missing difficulty, tags and "
                + "categories against the taxonomy, duplicate questions). Findings are printed compiler-style, "
                + "path:line:col, sorted, with totals."})
final class ValidateCommand implements Callable<Integer> {

    /** The level at which findings fail the run. */
    enum FailOn { info, warning, error }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Guide files or folders (default: the content folder's guides/).")
    List<Path> paths;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this level: info, warning, error (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Report format: text, json, sarif (2.1.0), junit or github (workflow annotations). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the standard output.")
    Path output;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour the text report: auto (on a terminal), always, never. Default: ${DEFAULT-VALUE}.")
    Color color;

    /** When the text report is coloured. */
    enum Color { auto, always, never }

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Accept every current finding: write them to FILE as a baseline (set 'baseline:' in prepkit.yaml to use it).")
    Path writeBaseline;

    @Override
    public Integer call() throws Exception {
        ContentLayout layout = content.layout();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(layout.guides()) : paths;
        Severity level = Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        boolean colour = color == Color.always || color == Color.auto && output == null && System.console() != null
                && System.getenv("NO_COLOR") == null;
        var renderer = ReportFormats.byName(format, new ReportFormats.Options(colour, level));
        if (renderer.isEmpty()) {
            spec.commandLine().getErr().println("prepkit validate: unknown format '" + format + "'; use one of "
                    + String.join(", ", ReportFormats.names()));
            return ExitCode.USAGE_OR_INPUT.code();
        }
        Outcome o = validate(layout, inputs);
        String report = renderer.get().render(o.result(), RuleCatalog.validation());
        if (output != null) {
            AtomicFile.writeString(output, report);
            spec.commandLine().getOut().println(TextReport.summary(o.result()) + " -> " + ContentLayout.display(output));
        } else {
            spec.commandLine().getOut().print(report);
        }
        if (writeBaseline != null) {
            AtomicFile.writeString(writeBaseline, Baseline.of(o.result(), "accepted on "
                    + java.time.LocalDate.now(java.time.ZoneOffset.UTC), contentRelative(layout)).toYaml());
            spec.commandLine().getOut().println("wrote " + o.result().findings().size() + " accepted findings to "
                    + ContentLayout.display(writeBaseline));
        }
        spec.commandLine().getOut().flush();
        if (o.missingInput()) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        return o.result().hasAtLeast(level) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /**
     * A validation outcome.
     *
     * @param result the findings and counts
     * @param missingInput whether a named path does not exist or holds no guides, or the configuration has errors
     * @param taxonomy the taxonomy the guides were checked against
     * @param config the configuration they were checked with
     */
    record Outcome(ValidationResult result, boolean missingInput, Taxonomy taxonomy, PrepkitConfig config) {
    }

    /** Validates guide files or folders against the content's taxonomy. */
    static Outcome validate(ContentLayout layout, List<Path> inputs) throws java.io.IOException {
        return validate(layout, inputs, guide -> { });
    }

    /**
     * Validates guide files or folders against the content's taxonomy, handing on each guide that loaded.
     *
     * @param loaded receives each guide that loaded, in file order
     */
    static Outcome validate(ContentLayout layout, List<Path> inputs, java.util.function.Consumer<Guide> loaded)
            throws java.io.IOException {
        List<Finding> extra = new ArrayList<>();
        boolean missing = false;
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                extra.add(new Finding(Validator.UNREADABLE, Severity.ERROR,
                        dev.prepkit.model.finding.Location.file(ContentLayout.display(in)), "no such file or folder", null));
                missing = true;
            }
        }
        List<Path> files = Validator.guideFiles(inputs.stream().filter(Files::exists).toList());
        if (files.isEmpty() && !missing) {
            extra.add(new Finding(Validator.UNREADABLE, Severity.ERROR, dev.prepkit.model.finding.Location.file(
                    String.join(", ", inputs.stream().map(ContentLayout::display).toList())), "no guide files (*.yaml) found", null));
            missing = true;
        }
        Path configFile = layout.root().resolve("prepkit.yaml");
        ConfigLoader.Result config = new ConfigLoader().load(configFile, ContentLayout.display(configFile));
        extra.addAll(config.findings());
        TaxonomyLoader.Result taxonomy = new TaxonomyLoader().load(layout.taxonomy(), ContentLayout.display(layout.taxonomy()));
        extra.addAll(taxonomy.findings());
        ValidationResult r;
        try (ProgressBar bar = ProgressBar.of("validate", files.size())) {
            r = new Validator(taxonomy.taxonomy(), config.config(), layout.root())
                    .validate(files, ContentLayout::display, bar, loaded);
        }
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(Validator.configured(extra, config.config()));
        String baselineName = config.config().baseline();
        if (baselineName != null) {
            Path baselineFile = layout.root().resolve(baselineName);
            if (Files.exists(baselineFile)) {
                all = Validator.configured(Baseline.read(baselineFile).apply(all,
                        java.time.LocalDate.now(java.time.ZoneOffset.UTC), ContentLayout.display(baselineFile),
                        contentRelative(layout)), config.config());
            }
        }
        return new Outcome(new ValidationResult(all, r.guides(), r.questions()), missing || config.hasErrors(),
                taxonomy.taxonomy(), config.config());
    }

    /**
     * How a finding's path is written in a baseline: relative to the content folder when it is inside it (so a
     * baseline matches whichever folder prepkit runs from), else as displayed.
     */
    static java.util.function.Function<String, String> contentRelative(ContentLayout layout) {
        Path root = layout.root().toAbsolutePath().normalize();
        return shown -> {
            Path abs = Path.of(shown).toAbsolutePath().normalize();
            return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : shown;
        };
    }
}
