package dev.prepkit.export.bench;

import dev.prepkit.export.Bank;
import dev.prepkit.export.pdf.PackOptions;
import dev.prepkit.export.pdf.PackResult;
import dev.prepkit.export.pdf.StudyPackWriter;
import dev.prepkit.export.xlsx.QuestionSheetWriter;
import dev.prepkit.export.xlsx.SheetOptions;
import dev.prepkit.export.xlsx.SheetResult;
import dev.prepkit.model.Taxonomy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Times the exports on a synthetic bank and prints the figures: {@code pdf N} renders a study pack of N
 * questions, {@code xlsx N} writes a question sheet of N rows. Each run prints wall time (from JVM start and for
 * the export alone) and the peak resident memory of the process (VmHWM of /proc/self/status). Run one export per
 * JVM so the memory figure is the export's own:
 * {@code java -cp cli/target/prepkit.jar dev.prepkit.export.bench.ExportBenchmark pdf 10000 /tmp/bench}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    /**
     * Runs one benchmark.
     *
     * @param args {@code pdf|xlsx N [DIR]}
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ExportBenchmark pdf|xlsx N [DIR]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args.length > 2 ? args[2] : System.getProperty("java.io.tmpdir")));
        Bank bank = SyntheticBank.of(n, 42);
        long start = System.nanoTime();
        String what;
        if (args[0].equals("pdf")) {
            PackResult r = new StudyPackWriter().write(bank, PackOptions.defaults("Benchmark pack", "Company 0")
                    .withContentDate(LocalDate.of(2026, 1, 1)), dir.resolve("bench-" + n + ".pdf"));
            what = r.questions() + " questions, " + r.pages() + " pages";
        } else {
            SheetResult r = new QuestionSheetWriter().write(bank, new Taxonomy(null, List.of()),
                    new SheetOptions("Benchmark sheet", false, LocalDate.of(2026, 1, 1)), dir.resolve("bench-" + n + ".xlsx"));
            what = r.rows() + " rows";
        }
        long exportMs = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf("%s %d: %s; export %d ms; wall since JVM start %d ms; peak RSS %s%n", args[0], n, what,
                exportMs, sinceJvmStart, peakRss());
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("n/a");
        } catch (IOException e) {
            return "n/a";
        }
    }
}
