package dev.prepkit.cli;

import dev.prepkit.validate.Validator;
import dev.prepkit.validate.rules.Rule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code prepkit rules}: lists the validation rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every validation rule with its id, default severity and a one-line summary.")
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        for (Rule r : Validator.rules()) {
            spec.commandLine().getOut().printf("%-20s %-8s %s%n", r.id(), r.defaultSeverity().label(), r.summary());
        }
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
