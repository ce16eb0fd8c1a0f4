package dev.prepkit.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.io.OutputStreamWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code prepkit} command: {@code build}, {@code ingest}, {@code validate}, {@code export}, {@code schema},
 * {@code formats} and {@code rules}. {@link #main} calls {@link #run}, which tests call directly.
 */
@Command(name = "prepkit", mixinStandardHelpOptions = true, version = "prepkit 0.1.0",
        description = "Turns scraped interview-prep guides into a validated question bank, PDF study packs and "
                + "Excel question sheets.",
        subcommands = {BuildCommand.class, IngestCommand.class, ValidateCommand.class, FixCommand.class, PackCommand.class, ExportCommand.class, ImportCommand.class,
            SchemaCommand.class, FormatsCommand.class, RulesCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done, no errors", "1:findings at or above the fail level (errors by default), a selection that matches nothing, or a sheet row left out",
            "2:usage error or unreadable input"})
public final class Prepkit implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err));
    }

    /**
     * Runs a command line.
     *
     * @param args the arguments, without the program name
     * @param out where results go
     * @param err where errors and usage messages go
     * @return the exit code, one of {@link ExitCode}'s
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Prepkit());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // Every subcommand's -V prints the tool's version, not an empty line.
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(cl.getCommandSpec().version()));
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("prepkit: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Run 'prepkit " + (ex.getCommandLine() == cl ? "" : ex.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return ExitCode.USAGE_OR_INPUT.code();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("prepkit: error: " + describe(ex));
            return ExitCode.USAGE_OR_INPUT.code();
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * An unexpected failure in one line a person can act on: for a file-system failure the file and the reason
     * ("/proc/x.pdf: Permission denied"), else the message, else the exception's name.
     */
    static String describe(Exception ex) {
        if (ex instanceof java.nio.file.FileSystemException fs) {
            return fs.getFile() + ": " + (fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName());
        }
        return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    }
}
