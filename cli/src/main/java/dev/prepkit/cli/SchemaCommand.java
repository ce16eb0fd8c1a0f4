package dev.prepkit.cli;

import dev.prepkit.model.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepkit schema}: prints a JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema (Draft 2020-12) of guide files, or of the taxonomy with --taxonomy.")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--taxonomy", description = "Print the taxonomy file's schema instead.")
    boolean taxonomy;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(taxonomy ? Schemas.taxonomySchema() : Schemas.guideSchema());
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
