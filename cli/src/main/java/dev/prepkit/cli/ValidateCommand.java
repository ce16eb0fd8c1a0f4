package dev.prepkit.cli;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
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
        description = {"Checks guide YAML against the guide JSON Schema and the rules (missing difficulty, tags "
                + "against the taxonomy, duplicate questions). Findings are printed compiler-style, "
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

    @Override
    public Integer call() throws Exception {
        ContentLayout layout = content.layout();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(layout.guides()) : paths;
        Outcome o = validate(layout, inputs);
        PrintWriter pw = spec.commandLine().getOut();
        pw.print(TextReport.render(o.result()));
        pw.flush();
        if (o.missingInput()) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        Severity level = Severity.valueOf(failOn.name().toUpperCase());
        return o.result().hasAtLeast(level) ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }

    /** A validation outcome; {@code missingInput} when a named path does not exist or holds no guides. */
    record Outcome(ValidationResult result, boolean missingInput) {
    }

    /** Validates guide files or folders against the content's taxonomy. */
    static Outcome validate(ContentLayout layout, List<Path> inputs) throws java.io.IOException {
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
        TaxonomyLoader.Result taxonomy = new TaxonomyLoader().load(layout.taxonomy(), ContentLayout.display(layout.taxonomy()));
        extra.addAll(taxonomy.findings());
        ValidationResult r = new Validator(taxonomy.taxonomy()).validate(files, ContentLayout::display);
        List<Finding> all = new ArrayList<>(r.findings());
        all.addAll(extra);
        return new Outcome(new ValidationResult(all, r.guides(), r.questions()), missing);
    }
}
