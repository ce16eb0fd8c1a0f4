package dev.prepkit.bench.ingest;

import dev.prepkit.model.Guide;
import dev.prepkit.model.io.AtomicFile;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * {@code ingest-speed [--files 2000] [--questions 100000] [--runs 5] [--seed 42] [--threads N] [--keep DIR]}:
 * generates a raw corpus ({@link RawCorpus}) in a temporary folder (or in DIR, kept) and times ingesting it through
 * the library path {@code prepkit ingest} takes: read and parse each file ({@link IngestLibrary}), write its guide
 * YAML ({@link YamlCodec}, atomically) into a fresh guides folder. Files are spread over N threads (default: the
 * available processors; the ingestor is thread-safe). Prints per run the wall time, the process's CPU time, files per
 * second and questions found, then the median; and the shell command that times the real command line on the same
 * folder.
 */
public final class IngestSpeed {

    private static final String USAGE = "usage: java -jar bench/target/prepkit-bench.jar ingest-speed [--files 2000] "
            + "[--questions 100000] [--runs 5] [--seed 42] [--threads N] [--keep DIR]";

    /**
     * One timed run.
     *
     * @param wallMs wall time
     * @param cpuMs CPU time of the whole process (all threads: ingest, GC, JIT) during the run
     * @param files raw files ingested
     * @param guides guide files written
     * @param questions questions in the guides written
     * @param unreadable raw files ingest could not read
     */
    public record Run(long wallMs, long cpuMs, int files, int guides, long questions, int unreadable) {
    }

    private IngestSpeed() {
    }

    /** Runs the command. */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        int files = 2000;
        int questions = 100_000;
        int runs = 5;
        long seed = 42;
        int threads = Runtime.getRuntime().availableProcessors();
        Path keep = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--files" -> files = Integer.parseInt(value);
                    case "--questions" -> questions = Integer.parseInt(value);
                    case "--runs" -> runs = Integer.parseInt(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--threads" -> threads = Integer.parseInt(value);
                    case "--keep" -> keep = Path.of(value);
                    default -> throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
                }
                i++;
            }
        } catch (NumberFormatException | NullPointerException e) {
            err.println("ingest-speed: a number is expected after " + (args.length > 0 ? args[args.length - 1] : ""));
            err.println(USAGE);
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("ingest-speed: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (files < 1 || questions < files || runs < 1 || threads < 1) {
            err.println("ingest-speed: need --files >= 1, --questions >= --files, --runs >= 1, --threads >= 1");
            return 2;
        }
        if (keep != null && Files.exists(keep)) {
            try (Stream<Path> s = Files.list(keep)) {
                if (s.findAny().isPresent()) {
                    err.println("ingest-speed: --keep " + keep + " is not empty; give a new or empty folder");
                    return 2;
                }
            }
        }
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("prepkit-ingest-speed-");
        Path raw = work.resolve("raw");
        try {
            long t0 = System.nanoTime();
            RawCorpus.Corpus corpus = new RawCorpus(seed).write(files, questions, raw);
            out.printf(Locale.ROOT, "generated %,d questions in %,d files (%.1f MB, seed %d) into %s in %d ms%n",
                    corpus.questions(), corpus.files().size(), corpus.bytes() / 1e6, seed, raw,
                    (System.nanoTime() - t0) / 1_000_000);
            for (RawCorpus.Shape shape : RawCorpus.Shape.values()) {
                List<RawCorpus.RawFile> of = corpus.files().stream().filter(f -> f.shape() == shape).toList();
                out.printf(Locale.ROOT, "  %-14s %5d files %7d questions%n", shape.name().toLowerCase(Locale.ROOT),
                        of.size(), of.stream().mapToInt(RawCorpus.RawFile::questions).sum());
            }
            out.printf(Locale.ROOT, "machine: %d cores, java %s; %d ingest thread%s, library path: read, parse, "
                    + "write guide YAML%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), threads, threads == 1 ? "" : "s");
            out.println("| run | wall ms | CPU ms | files/s | questions found | guides written |");
            out.println("|---:|---:|---:|---:|---:|---:|");
            List<Run> results = new ArrayList<>();
            for (int r = 1; r <= runs; r++) {
                Path guides = work.resolve("guides-run" + r);
                Run run = time(corpus, guides, threads);
                results.add(run);
                out.printf(Locale.ROOT, "| %d | %,d | %,d | %,.0f | %,d | %,d |%n", r, run.wallMs(), run.cpuMs(),
                        run.files() * 1000.0 / Math.max(1, run.wallMs()), run.questions(), run.guides());
                if (run.unreadable() > 0) {
                    out.println("    " + run.unreadable() + " raw files could not be read");
                }
                if (keep == null || r < runs) {
                    delete(guides);
                }
            }
            Run median = results.stream().sorted(Comparator.comparingLong(Run::wallMs)).toList()
                    .get(results.size() / 2);
            long medianCpu = results.stream().mapToLong(Run::cpuMs).sorted().toArray()[results.size() / 2];
            out.printf(Locale.ROOT, "median of %d: %,d ms wall, %,d ms CPU, %,.0f files/s, %,.0f questions/s; "
                    + "%,d of %,d generated questions found%n", runs, median.wallMs(), medianCpu,
                    median.files() * 1000.0 / Math.max(1, median.wallMs()),
                    median.questions() * 1000.0 / Math.max(1, median.wallMs()), median.questions(),
                    corpus.questions());
            String folder = keep != null ? raw.toString() : "DIR";
            out.println("the real command line on the same files, from the repository root"
                    + (keep != null ? ":" : " (give --keep DIR to keep the generated files; DIR/raw holds them):"));
            out.println("  time ./prepkit ingest " + folder + " --out " + (keep != null
                    ? work.resolve("guides-cli") : "OUT") + " > /dev/null");
            if (keep != null) {
                out.println("kept: " + raw + " (raw files) and " + work.resolve("guides-run" + runs)
                        + " (the last run's guides)");
            }
            return 0;
        } finally {
            if (keep == null) {
                delete(work);
            }
        }
    }

    /** One run: every raw file ingested and its guide written into {@code guides}, on {@code threads} threads. */
    public static Run time(RawCorpus.Corpus corpus, Path guides, int threads) throws Exception {
        Files.createDirectories(guides);
        IngestLibrary ingest = new IngestLibrary();
        YamlCodec yaml = new YamlCodec();
        List<RawCorpus.RawFile> files = corpus.files();
        AtomicInteger next = new AtomicInteger();
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long questions = 0;
        int written = 0;
        int unreadable = 0;
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> {
                    long[] counts = new long[3];
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        Path file = files.get(i).path();
                        String source = "raw/" + corpus.dir().relativize(file).toString().replace('\\', '/');
                        IngestLibrary.Result result = ingest.ingest(file, file.toString(), source);
                        if (!result.ok()) {
                            counts[2]++;
                            continue;
                        }
                        Guide guide = result.guide();
                        try {
                            AtomicFile.writeString(guides.resolve(guide.id() + ".yaml"), yaml.write(guide));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts[0] += guide.activeQuestions().size();
                        counts[1]++;
                    }
                    return counts;
                }));
            }
            for (Future<long[]> part : parts) {
                long[] c = part.get();
                questions += c[0];
                written += (int) c[1];
                unreadable += (int) c[2];
            }
        } finally {
            pool.shutdown();
        }
        long wall = (System.nanoTime() - t0) / 1_000_000;
        long cpu = (processCpuNanos() - cpu0) / 1_000_000;
        int guideFiles;
        try (Stream<Path> s = Files.list(guides)) {
            guideFiles = (int) s.count();
        }
        if (guideFiles != written) {
            throw new IllegalStateException(written + " guides written but " + guideFiles + " files in " + guides
                    + ": two raw files gave the same guide id");
        }
        return new Run(wall, cpu, files.size(), written, questions, unreadable);
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
