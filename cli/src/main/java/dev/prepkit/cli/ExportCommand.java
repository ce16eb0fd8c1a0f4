package dev.prepkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code prepkit export}: every saved study pack and both question sheets from the curated guides. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes every saved study pack of prepkit.yaml in both editions (or one pack per company when "
                + "none are saved) into DIR/packs/, and the question sheet and coach sheet of the whole bank into DIR. "
                + "For one pack with your own selection, use 'prepkit pack'."})
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = spec.commandLine().getOut();
        Content c = Content.load(content.layout(), spec.commandLine().getErr());
        if (c == null) {
            return ExitCode.USAGE_OR_INPUT.code();
        }
        Exporter exporter = new Exporter();
        exporter.exportAll(c.guides(), c.taxonomy(), c.config(), out, pw);
        pw.flush();
        return exporter.outcome().code();
    }
}
