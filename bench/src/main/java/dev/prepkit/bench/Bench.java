package dev.prepkit.bench;

import dev.prepkit.bench.ingest.IngestEval;
import dev.prepkit.bench.ingest.IngestSpeed;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The bench jar's entry point: {@code java -jar bench/target/prepkit-bench.jar COMMAND ARGS...}, run from the
 * repository root.
 *
 * <pre>
 * validate [--seed N] [--xmx SIZE] [--jvm-arg ARG]... [--content DIR] WORK_DIR SIZE...
 *     full validation of synthetic corpora, each size in a child JVM ({@link ValidateBenchmark})
 * ingest-eval CORPUS [--verbose FILE_PREFIX]
 *     ingest quality against CORPUS/truth.json, e.g. ../shared/corpus ({@link IngestEval})
 * ingest-speed [--files N] [--questions N] [--runs N] [--seed N] [--threads N] [--keep DIR]
 *     ingest time of a generated raw corpus ({@link IngestSpeed})
 * </pre>
 */
public final class Bench {

    private static final String USAGE = """
            usage: java -jar bench/target/prepkit-bench.jar COMMAND [ARGS...]   (from the repository root)
              validate [--seed N] [--xmx SIZE] [--jvm-arg ARG]... [--content DIR] WORK_DIR SIZE...
                  full validation of synthetic corpora of SIZE questions, each in a child JVM
              ingest-eval CORPUS [--verbose FILE_PREFIX]
                  ingest precision and recall against CORPUS/truth.json (e.g. ../shared/corpus)
              ingest-speed [--files 2000] [--questions 100000] [--runs 5] [--seed 42] [--threads N] [--keep DIR]
                  time ingesting a generated raw corpus through the library (read, parse, write guide YAML)
            """;

    private Bench() {
    }

    /** Runs one command and exits with its code. */
    public static void main(String[] args) throws Exception {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs one command.
     *
     * @return the exit code: 0, or 2 for a usage error or unreadable input
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            (args.length == 0 ? err : out).print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "validate" -> ValidateBenchmark.run(rest, out, err);
            case "ingest-eval" -> IngestEval.run(rest, out, err);
            case "ingest-speed" -> IngestSpeed.run(rest, out, err);
            default -> {
                err.println("prepkit-bench: unknown command '" + args[0] + "'");
                err.print(USAGE);
                yield 2;
            }
        };
    }
}
