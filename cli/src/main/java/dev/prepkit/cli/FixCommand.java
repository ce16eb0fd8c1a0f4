package dev.prepkit.cli;

import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.Validator;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.validate.fix.GuideFixer;
import dev.prepkit.validate.fix.TaxonomyFixer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code prepkit fix}: applies the safe fixes to the content folder's {@code taxonomy.yaml}, then to the guides
 * against the fixed taxonomy, so that a name the taxonomy fix cleans ({@code "#Kafka "} to {@code Kafka}) is
 * cleaned in the guides in the same run.
 */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the safe fixes to the content folder's taxonomy.yaml (a leading # or stray spaces in "
                + "names, aliases and parents; a parent written as an alias or in another case; redundant aliases; "
                + "white space at line ends), then to guide YAML against the fixed taxonomy: alias tags to canonical "
                + "tags, tag form (#, spaces, case, compounds such as Avro/Protobuf), alias categories to canonical "
                + "categories, difficulty synonyms (Hard, difficult, 3/5) and stray white space. Everything else in "
                + "the files stays as it was; a second run changes nothing. Never touches the content folder's raw/."})
final class FixCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Guide files or folders (default: the content folder's guides/).")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Print a unified diff of what would change, without writing.")
    boolean dryRun;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        ContentLayout layout = content.layout();
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(layout.guides()) : paths;
        Path raw = layout.raw().toAbsolutePath().normalize();
        for (Path in : inputs) {
            if (!Files.exists(in)) {
                spec.commandLine().getErr().println("prepkit fix: " + ContentLayout.display(in) + ": no such file or folder");
                return ExitCode.USAGE_OR_INPUT.code();
            }
        }
        var config = new ConfigLoader().load(layout.root().resolve("prepkit.yaml"),
                ContentLayout.display(layout.root().resolve("prepkit.yaml")));
        if (config.hasErrors()) {
            FindingLines.print(pw, config.findings());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        int files = 0;
        int fixes = 0;
        Path taxonomyFile = layout.taxonomy();
        String taxonomyPath = ContentLayout.display(taxonomyFile);
        Taxonomy taxonomy = new Taxonomy(null, List.of());
        if (Files.exists(taxonomyFile)) {
            String before = Files.readString(taxonomyFile, StandardCharsets.UTF_8);
            TaxonomyFixer.Result r = new TaxonomyFixer().fix(before);
            if (r.changed()) {
                files++;
                fixes += r.fixes().size();
                report(pw, taxonomyFile, taxonomyPath, before, r.text(), r.fixes());
            }
            TaxonomyLoader.Result checked = new TaxonomyLoader().read(r.text(), taxonomyPath);
            if (checked.findings().stream().anyMatch(f -> f.severity() == dev.prepkit.model.finding.Severity.ERROR)) {
                // Said, not hidden: tags and categories are fixed only against what of the taxonomy could be read.
                FindingLines.print(spec.commandLine().getErr(), checked.findings());
            }
            taxonomy = checked.taxonomy();
        }
        GuideFixer fixer = new GuideFixer(taxonomy, config.config());
        Path taxonomyAbs = taxonomyFile.toAbsolutePath().normalize();
        for (Path f : Validator.guideFiles(inputs)) {
            Path abs = f.toAbsolutePath().normalize();
            if (abs.startsWith(raw) || abs.equals(taxonomyAbs)) {
                continue;
            }
            String before;
            try {
                before = Files.readString(f, StandardCharsets.UTF_8);
            } catch (java.nio.charset.MalformedInputException e) {
                spec.commandLine().getErr().println(ContentLayout.display(f) + ": error: not valid UTF-8, left as it "
                        + "is (prepkit validate names the byte)");
                continue;
            }
            GuideFixer.Result r = fixer.fix(before);
            if (!r.changed()) {
                continue;
            }
            files++;
            fixes += r.fixes().size();
            report(pw, f, ContentLayout.display(f), before, r.text(), r.fixes());
        }
        pw.println(fixes + (fixes == 1 ? " fix" : " fixes") + " in " + files + (files == 1 ? " file" : " files")
                + (dryRun ? " (dry run: nothing written)" : ""));
        pw.flush();
        return ExitCode.OK.code();
    }

    /** A fixed file: its diff on a dry run, else written, with one line per fix under its name. */
    private void report(PrintWriter pw, Path file, String shown, String before, String after, List<String> fixes)
            throws java.io.IOException {
        if (dryRun) {
            pw.print(GuideFixer.diff(shown, before, after));
        } else {
            AtomicFile.writeString(file, after);
            pw.println(shown + ":");
            fixes.forEach(x -> pw.println("    " + x));
        }
    }
}
