package dev.prepkit.bench;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.validate.TaxonomyLoader;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.Validator;
import dev.prepkit.validate.rules.NearDuplicateRule;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Benchmarks a full validation (schema and every rule, near-duplicates included) of synthetic corpora of given
 * sizes, each in a fresh child JVM so that its wall time includes JVM start and its peak resident memory
 * ({@code VmHWM} of {@code /proc/self/status}) is its own.
 *
 * <pre>
 * java -jar bench/target/prepkit-bench.jar validate [options] WORK_DIR SIZE...
 *   --seed N        random seed of the corpora (default 42)
 *   --xmx SIZE      maximum heap of the child JVMs (default 1g)
 *   --jvm-arg ARG   another option for the child JVMs (repeatable)
 *   --content DIR   the real content whose guides and taxonomy seed the corpora (default: ./content)
 * java -jar bench/target/prepkit-bench.jar validate --child CORPUS_DIR RESULT_FILE
 * </pre>
 * The child JVMs run {@code java -cp THIS_CLASS_PATH dev.prepkit.bench.ValidateBenchmark --child ...}.
 * Each corpus is generated once into {@code WORK_DIR/corpus-SIZE-sSEED} by {@link SyntheticCorpus} and reused on
 * later runs. Per size it prints questions, files, MB of YAML, the validation's wall time, the child JVM's whole
 * wall time and CPU time (user and system, all threads: on a shared machine the stable figure), peak heap and peak
 * RSS, findings by rule, and near-duplicate precision and recall against the
 * corpus's ground truth.
 */
public final class ValidateBenchmark {

    private static final String CLUSTER = "cluster\t";

    private ValidateBenchmark() {
    }

    /** Runs the benchmark (the child JVMs' entry point); see the class comment for arguments. */
    public static void main(String[] args) throws Exception {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the benchmark; see the class comment for arguments.
     *
     * @return the exit code: 0, or 2 for a usage error
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 3 && args[0].equals("--child")) {
            child(Path.of(args[1]), Path.of(args[2]));
            return 0;
        }
        long seed = 42;
        String xmx = "1g";
        Path content = Path.of("content");
        Path work = null;
        List<Integer> sizes = new ArrayList<>();
        List<String> jvmArgs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--xmx" -> xmx = args[++i];
                case "--jvm-arg" -> jvmArgs.add(args[++i]);
                case "--content" -> content = Path.of(args[++i]);
                default -> {
                    if (args[i].matches("\\d+")) {
                        sizes.add(Integer.parseInt(args[i]));
                    } else {
                        work = Path.of(args[i]);
                    }
                }
            }
        }
        if (work == null || sizes.isEmpty()) {
            err.println("usage: java -jar bench/target/prepkit-bench.jar validate [--seed N] [--xmx SIZE] "
                    + "[--jvm-arg ARG] [--content DIR] WORK_DIR SIZE...");
            return 2;
        }
        out.printf(Locale.ROOT, "machine: %d cores, java %s, child -Xmx%s %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), xmx,
                String.join(" ", jvmArgs));
        out.println("| questions | files | YAML MB | validate ms | JVM total ms | JVM CPU ms | peak heap MB "
                + "| peak RSS MB | near-dup precision | near-dup recall | findings by rule |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        for (int n : sizes) {
            Path dir = corpus(work, content, n, seed, out);
            GroundTruth truth = GroundTruth.read(dir.resolve(GroundTruth.FILE));
            Path result = work.resolve("result-" + n + ".txt");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + xmx));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ValidateBenchmark.class.getName(),
                    "--child", dir.toString(), result.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(command).inheritIO().start();
            int exit = p.waitFor();
            long total = (System.nanoTime() - t0) / 1_000_000;
            if (exit != 0) {
                out.println("| " + n + " | child JVM failed with exit code " + exit + " |");
                continue;
            }
            Map<String, String> values = new TreeMap<>();
            List<List<String>> clusters = new ArrayList<>();
            for (String line : Files.readAllLines(result, StandardCharsets.UTF_8)) {
                if (line.startsWith(CLUSTER)) {
                    clusters.add(List.of(line.substring(CLUSTER.length()).split("\t")));
                } else {
                    int eq = line.indexOf('=');
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            GroundTruth.Score score = truth.score(clusters);
            out.printf(Locale.ROOT, "| %d | %d | %.1f | %s | %d | %s | %s | %s | %.3f | %.3f | %s |%n",
                    truth.questions(), truth.files(), truth.bytes() / 1e6, values.get("validateMs"), total,
                    values.get("cpuMs"), values.get("peakHeapMb"), values.get("vmHwmMb"), score.precision(),
                    score.recall(), values.get("rules"));
            out.printf(Locale.ROOT, "    injected: %d exact copies of %d questions, %d near copies in %d groups, "
                    + "%d bad tags, %d missing difficulties; near-dup pairs predicted %d, true %d, correct %d%s%n",
                    truth.exactCopies(), truth.exactGroups(), truth.nearCopies(), truth.nearGroups(), truth.badTags(),
                    truth.missingDifficulties(), score.predictedPairs(), score.truePairs(), score.correctPairs(),
                    score.unknownLocations() == 0 ? "" : "; " + score.unknownLocations() + " unknown locations");
        }
        return 0;
    }

    /** The corpus folder of a size, generated when missing. */
    private static Path corpus(Path work, Path content, int n, long seed, PrintStream out) throws IOException {
        Path dir = work.resolve("corpus-" + n + "-s" + seed);
        if (Files.isRegularFile(dir.resolve(GroundTruth.FILE))) {
            return dir;
        }
        long t0 = System.nanoTime();
        SyntheticCorpus.Seeds seeds = SyntheticCorpus.Seeds.read(content);
        Path partial = work.resolve("corpus-" + n + "-s" + seed + ".partial");
        if (Files.exists(partial)) {
            try (var walk = Files.walk(partial)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        new SyntheticCorpus(seeds, SyntheticCorpus.Rates.DEFAULT, 50, seed).write(n, partial);
        Files.move(partial, dir);
        out.printf(Locale.ROOT, "generated %d questions into %s in %d ms%n", n, dir,
                (System.nanoTime() - t0) / 1_000_000);
        return dir;
    }

    /** The child: one validation, its figures and the near-duplicate clusters written to {@code result}. */
    private static void child(Path dir, Path result) throws IOException {
        long t0 = System.nanoTime();
        TaxonomyLoader.Result taxonomy = new TaxonomyLoader().load(dir.resolve("taxonomy.yaml"), "taxonomy.yaml");
        List<Path> files = Validator.guideFiles(List.of(dir.resolve("guides")));
        ValidationResult r = new Validator(taxonomy.taxonomy()).validate(files,
                p -> dir.relativize(p).toString().replace('\\', '/'));
        long validateMs = (System.nanoTime() - t0) / 1_000_000;
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peakHeap += pool.getPeakUsage().getUsed();
            }
        }
        String rules = r.findings().stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.counting())).toString();
        StringBuilder sb = new StringBuilder();
        sb.append("validateMs=").append(validateMs).append('\n');
        sb.append("uptimeMs=").append(ManagementFactory.getRuntimeMXBean().getUptime()).append('\n');
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            sb.append("cpuMs=").append(os.getProcessCpuTime() / 1_000_000).append('\n');
        }
        sb.append("peakHeapMb=").append(peakHeap / (1 << 20)).append('\n');
        sb.append("vmHwmMb=").append(vmHwmKb() / 1024).append('\n');
        sb.append("questions=").append(r.questions()).append('\n');
        sb.append("rules=").append(rules).append('\n');
        for (Finding f : r.findings()) {
            if (f.ruleId().equals(NearDuplicateRule.ID)) {
                sb.append(CLUSTER).append(f.location());
                for (Location l : f.related()) {
                    sb.append('\t').append(l);
                }
                sb.append('\n');
            }
        }
        Files.writeString(result, sb.toString(), StandardCharsets.UTF_8);
    }

    /** The process's peak resident set size in KiB ({@code VmHWM}), or -1 where /proc is missing. */
    static long vmHwmKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
