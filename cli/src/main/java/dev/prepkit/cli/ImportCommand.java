package dev.prepkit.cli;

import dev.prepkit.export.Bank;
import dev.prepkit.export.xlsx.Change;
import dev.prepkit.export.xlsx.ImportResult;
import dev.prepkit.export.xlsx.QuestionSheetReader;
import dev.prepkit.export.xlsx.SheetChanges;
import dev.prepkit.export.xlsx.SheetImportException;
import dev.prepkit.model.Guide;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.report.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code prepkit import}: a curator's edits in a question sheet back into the guides. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Reads the Questions sheet of an exported question sheet, matches rows by ID (order, filters "
                + "and sorting in the sheet do not matter; columns are matched by header name) and applies the edits "
                + "of Difficulty, Tags, Category, Round and Notes to the guides. Prints every change as "
                + "'ID field: old -> new'. Invalid values, unknown ids and missing columns are reported at their cell "
                + "and nothing of that row is applied; a deleted row is reported, never applied; a row whose question "
                + "changed in the guides after the export is refused unless --force."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Parameters(paramLabel = "SHEET", description = "The .xlsx question sheet to import.")
    Path sheet;

    @Option(names = "--dry-run", description = "Print the changes without writing.")
    boolean dryRun;

    @Option(names = "--force", description = "Apply rows whose question changed in the guides after the export.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        ContentLayout layout = content.layout();
        Content c = Content.load(layout, spec.commandLine().getErr());
        if (c == null) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        Bank bank = new Bank(c.guides());
        ImportResult r;
        try {
            r = new QuestionSheetReader().read(sheet, bank, force);
        } catch (SheetImportException e) {
            spec.commandLine().getErr().println("prepkit import: " + e.getMessage());
            return ExitCode.USAGE_OR_INPUT.code();
        }
        FindingLines.print(pw, r.findings(), true);
        for (Change change : r.changes()) {
            pw.println(change);
        }
        pw.println(r.rows() + " rows read, " + r.changes().size() + (r.changes().size() == 1 ? " change" : " changes")
                + (dryRun ? " (dry run: nothing written)" : ""));
        if (!dryRun && !r.changes().isEmpty()) {
            YamlCodec yaml = new YamlCodec();
            List<Guide> changed = SheetChanges.apply(bank, r.changes());
            for (Guide g : changed) {
                Path file = c.files().get(g.id());
                AtomicFile.writeString(file, yaml.write(g));
                pw.println("wrote " + ContentLayout.display(file));
            }
            ValidateCommand.Outcome v = ValidateCommand.validate(layout, List.of(layout.guides()));
            pw.println("validate: " + TextReport.summary(v.result()));
        }
        pw.flush();
        return r.hasErrors() ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
    }
}
