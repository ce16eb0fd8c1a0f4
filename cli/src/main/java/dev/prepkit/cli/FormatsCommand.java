package dev.prepkit.cli;

import dev.prepkit.ingest.FormatDetector;
import dev.prepkit.ingest.draft.GuideParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepkit formats}: lists the raw formats ingest reads. */
@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "Lists the raw guide formats ingest detects, with a one-line description each.")
final class FormatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (GuideParser p : new FormatDetector().parsers()) {
            spec.commandLine().getOut().printf("%-15s %s%n", p.name(), p.description());
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
