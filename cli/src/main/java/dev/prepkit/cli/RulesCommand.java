package dev.prepkit.cli;

import dev.prepkit.validate.rules.Rule;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepkit rules}: lists every rule. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule with its id, default severity and a one-line summary: validation, ingest and "
                + "question-sheet import. Severities of validation rules can be changed in prepkit.yaml.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter pw = spec.commandLine().getOut();
        section(pw, "Validation (prepkit validate)", RuleCatalog.validation());
        section(pw, "Ingest (prepkit ingest)", RuleCatalog.ingest());
        section(pw, "Question sheets (prepkit export, prepkit import)", RuleCatalog.sheets());
        pw.flush();
        return ExitCode.OK.code();
    }

    private static void section(PrintWriter pw, String title, List<Rule> rules) {
        pw.println(title + ":");
        for (Rule r : rules) {
            pw.printf("  %-25s %-8s %s%n", r.id(), r.defaultSeverity().label(), r.summary());
        }
    }
}
