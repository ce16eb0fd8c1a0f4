package dev.prepkit.cli;

import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.validate.ConfigLoader;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.Validator;
import dev.prepkit.validate.fix.GuideFixer;
import dev.prepkit.validate.rules.TagIndex;
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

/** {@code prepkit fix}: applies the safe fixes to the curated guides. */
@Command(name = "fix", mixinStandardHelpOptions = true,
        description = {"Applies the safe fixes to guide YAML: alias tags to canonical tags, tag form (#, spaces, "
                + "case, compounds such as Avro/Protobuf), difficulty synonyms (Hard, difficult, 3/5) and stray white "
                + "space. Everything else in the files stays as it was; a second run changes nothing. Never touches "
                + "the content folder's raw/."})
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
            IngestCommand.printFindings(pw, config.findings());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        var taxonomy = new TaxonomyLoader().load(layout.taxonomy(), ContentLayout.display(layout.taxonomy())).taxonomy();
        GuideFixer fixer = new GuideFixer(new TagIndex(taxonomy), config.config());
        int files = 0;
        int fixes = 0;
        for (Path f : Validator.guideFiles(inputs)) {
            if (f.toAbsolutePath().normalize().startsWith(raw)) {
                continue;
            }
            String before = Files.readString(f, StandardCharsets.UTF_8);
            GuideFixer.Result r = fixer.fix(before);
            if (!r.changed()) {
                continue;
            }
            files++;
            fixes += r.fixes().size();
            String shown = ContentLayout.display(f);
            if (dryRun) {
                pw.print(GuideFixer.diff(shown, before, r.text()));
            } else {
                AtomicFile.writeString(f, r.text());
                pw.println(shown + ":");
                r.fixes().forEach(x -> pw.println("    " + x));
            }
        }
        pw.println(fixes + (fixes == 1 ? " fix" : " fixes") + " in " + files + (files == 1 ? " file" : " files")
                + (dryRun ? " (dry run: nothing written)" : ""));
        pw.flush();
        return ExitCode.OK.code();
    }
}
