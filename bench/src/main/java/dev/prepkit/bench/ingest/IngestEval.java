package dev.prepkit.bench.ingest;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ingest-eval CORPUS [--verbose FILE_PREFIX]}: ingest quality on a corpus with hand-checked truth, such as
 * {@code ../shared/corpus} (twenty real interview guides; its README gives the fields and the counting rules).
 * Reads {@code CORPUS/truth.json}, ingests every {@code CORPUS/files/FILE} through {@link IngestLibrary} as
 * {@code prepkit ingest} would, compares with the truth ({@link QuestionMatcher}, {@link RoundMatcher},
 * {@link DifficultyAgreement}) and prints one row per file, the overall figures and the targets.
 * {@code --verbose PREFIX} also lists, for the files whose name starts with PREFIX, the truth questions missed and
 * the false positives, each with its line. Exit 0 whatever the figures (the targets line says whether they are
 * met); 2 when the corpus cannot be read or the arguments are wrong.
 */
public final class IngestEval {

    private static final String USAGE = "usage: java -jar bench/target/prepkit-bench.jar ingest-eval CORPUS "
            + "[--verbose FILE_PREFIX]   (e.g. ../shared/corpus)";

    /** The corpus could not be read: the message says why. */
    public static final class UnreadableCorpusException extends Exception {
        private static final long serialVersionUID = 1L;

        UnreadableCorpusException(String message) {
            super(message);
        }
    }

    private IngestEval() {
    }

    /** Runs the command. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String corpusArg = null;
        String verbose = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--verbose") && i + 1 < args.length) {
                verbose = args[++i];
            } else if (args[i].startsWith("-") || corpusArg != null) {
                err.println("ingest-eval: unexpected argument '" + args[i] + "'");
                err.println(USAGE);
                return 2;
            } else {
                corpusArg = args[i];
            }
        }
        if (corpusArg == null) {
            err.println(USAGE);
            return 2;
        }
        Path corpus = Path.of(corpusArg);
        Summary summary;
        try {
            List<Truth> truths = readTruth(corpus, corpusArg);
            if (verbose != null) {
                String prefix = verbose;
                if (truths.stream().noneMatch(t -> t.file().startsWith(prefix))) {
                    err.println("ingest-eval: no corpus file starts with '" + prefix + "'");
                    return 2;
                }
            }
            summary = evaluate(corpus, truths, new IngestLibrary());
        } catch (UnreadableCorpusException e) {
            err.println("ingest-eval: " + e.getMessage());
            return 2;
        }
        print(summary, corpusArg, out);
        if (verbose != null) {
            for (FileScore f : summary.files()) {
                if (f.truth().file().startsWith(verbose)) {
                    printDetails(f, out);
                }
            }
        }
        return 0;
    }

    /** Reads {@code CORPUS/truth.json}; the messages name the corpus as the user gave it. */
    public static List<Truth> readTruth(Path corpus, String display) throws UnreadableCorpusException {
        if (!Files.isDirectory(corpus)) {
            throw new UnreadableCorpusException("no corpus at " + display
                    + " (it sits beside a CI clone; a user's clone does not have it)");
        }
        Path truthFile = corpus.resolve("truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new UnreadableCorpusException("no truth.json in " + display);
        }
        List<Truth> truths;
        try {
            truths = Truth.read(truthFile);
        } catch (IOException e) {
            throw new UnreadableCorpusException("cannot read " + truthFile + ": " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        for (Truth t : truths) {
            if (!Files.isRegularFile(corpus.resolve("files").resolve(t.file()))) {
                missing.add(t.file());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableCorpusException(missing.size() + " file(s) of truth.json missing from "
                    + corpus.resolve("files") + ": " + String.join(", ", missing));
        }
        return truths;
    }

    /** Ingests and scores every file of the truth. */
    public static Summary evaluate(Path corpus, List<Truth> truths, IngestLibrary ingest) {
        List<FileScore> files = new ArrayList<>();
        for (Truth t : truths) {
            Path file = corpus.resolve("files").resolve(t.file());
            files.add(FileScore.of(t, extract(ingest, file, t.file())));
        }
        return new Summary(files);
    }

    /** One file through ingest; a throw is recorded as a crash, not passed on. */
    static Extraction extract(IngestLibrary ingest, Path file, String fileName) {
        try {
            return Extraction.of(ingest.ingest(file, file.toString(), "raw/" + fileName));
        } catch (RuntimeException | StackOverflowError e) {
            return Extraction.crash(e);
        }
    }

    /** Prints the per-file table and the overall lines. */
    public static void print(Summary s, String corpusDisplay, PrintStream out) {
        out.printf(Locale.ROOT, "Ingest quality on %s: %d files, %d truth questions%n", corpusDisplay,
                s.files().size(), s.truth());
        String head = "%-44s %-14s %5s %5s %5s %4s %6s %6s %6s %-11s %-13s %s%n";
        out.printf(Locale.ROOT, head, "file", "reader", "truth", "got", "tp", "fp", "copies", "recall", "prec",
                "difficulty", "rounds", "flags");
        for (FileScore f : s.files()) {
            out.printf(Locale.ROOT, "%-44s %-14s %5d %5d %5d %4d %6d %6s %6s %-11s %-13s %s%n", f.truth().file(),
                    f.extraction().format() == null ? "-" : f.extraction().format(), f.truthCount(),
                    f.extractedCount(), f.truePositives(), f.falsePositives(), f.copies(),
                    f.negativeControl() ? "-" : fixed(f.recall()),
                    f.truePositives() + f.falsePositives() == 0 ? "-" : fixed(f.precision()),
                    f.difficulty().any() ? f.difficulty().agree() + "/" + f.difficulty().compared() : "-",
                    f.roundsFound() + "/" + f.truthRounds() + " got " + f.extraction().rounds().size(), flags(f));
        }
        FileScore worst = s.worstFile();
        DifficultyAgreement d = s.difficulty();
        out.printf(Locale.ROOT, "questions: precision %.3f, recall %.3f (%d found of %d; %d extracted: %d false "
                + "positives, %d copies of found texts)%n", s.precision(), s.recall(), s.truePositives(), s.truth(),
                s.extracted(), s.falsePositives(), s.copies());
        out.printf(Locale.ROOT, "min per-file recall: %.2f%s%n", s.minFileRecall(),
                worst == null ? "" : " (" + worst.truth().file() + ")");
        out.printf(Locale.ROOT, "rounds: recall %.2f (%d of %d found by name; by count alone, as ingest_eval.py "
                + "counts: %.2f)%n", s.roundRecall(), s.roundsFound(), s.truthRounds(), s.roundCountRecall());
        out.printf(Locale.ROOT, "difficulty: %s on matched questions of files with labels (compared as counts per "
                + "label)%n", d.any() ? String.format(Locale.ROOT, "%d/%d agree (%.2f)", d.agree(), d.compared(),
                (double) d.agree() / d.compared()) : "nothing to compare");
        out.printf(Locale.ROOT, "silent empties: %d%s%n", s.silentEmpties().size(), s.silentEmpties().isEmpty() ? ""
                : " (" + String.join(", ", s.silentEmpties().stream().map(f -> f.truth().file()).toList()) + ")");
        out.printf(Locale.ROOT, "count error: %.3f (sum of |extracted - truth| / truth questions)%n", s.countError());
        out.printf(Locale.ROOT, "negative-control questions: %d (in %d files with no interview questions)%n",
                s.negativeControlQuestions(), s.negativeControls());
        if (s.crashes() > 0 || s.unreadable() > 0) {
            out.printf(Locale.ROOT, "crashes: %d, unreadable files: %d%n", s.crashes(), s.unreadable());
        }
        out.printf(Locale.ROOT, "overall: precision %.3f recall %.3f min-file-recall %.2f round-recall %.2f "
                + "silent-empties %d count-error %.3f negative-control-questions %d%n", s.precision(), s.recall(),
                s.minFileRecall(), s.roundRecall(), s.silentEmpties().size(), s.countError(),
                s.negativeControlQuestions());
        out.println(s.targetsLine());
    }

    /** The missed truth questions, the false positives and the copies of one file, each with its line. */
    public static void printDetails(FileScore f, PrintStream out) {
        List<Integer> missed = f.match().missed();
        out.printf(Locale.ROOT, "%n%s (%s): missed %d of %d truth questions%n", f.truth().file(),
                f.extraction().format() == null ? "not parsed" : f.extraction().format(), missed.size(),
                f.truthCount());
        for (int t : missed) {
            Truth.Question q = f.truth().questions().get(t);
            out.printf(Locale.ROOT, "  L%-5d %s%n", q.line(), oneLine(q.text()));
        }
        for (QuestionMatcher.Kind kind : List.of(QuestionMatcher.Kind.FALSE_POSITIVE, QuestionMatcher.Kind.COPY)) {
            List<Extraction.Extracted> list = new ArrayList<>();
            for (int e = 0; e < f.extractedCount(); e++) {
                if (f.match().kinds().get(e) == kind) {
                    list.add(f.extraction().questions().get(e));
                }
            }
            out.printf(Locale.ROOT, "%s: %d%n", kind == QuestionMatcher.Kind.COPY ? "copies of found texts"
                    : "false positives", list.size());
            for (Extraction.Extracted q : list) {
                out.printf(Locale.ROOT, "  %-6s %s%n", q.line() > 0 ? "L" + q.line() : "-", oneLine(q.text()));
            }
        }
        if (f.extraction().error() != null) {
            out.println("ingest: " + f.extraction().error());
        }
    }

    private static String flags(FileScore f) {
        List<String> flags = new ArrayList<>();
        if (f.extraction().crashed()) {
            flags.add("CRASH");
        } else if (f.extraction().error() != null) {
            flags.add("UNREADABLE: " + f.extraction().error());
        }
        if (f.silentEmpty()) {
            flags.add("SILENT-EMPTY");
        } else if (f.truthCount() > 0 && f.extractedCount() == 0) {
            flags.add("empty, warned");
        }
        if (f.negativeControl()) {
            flags.add("negative control");
        }
        return String.join(", ", flags);
    }

    /** A text on one line: line breaks shown as {@code \n}. */
    private static String oneLine(String text) {
        return text.replace("\r", "").replace("\n", "\\n");
    }

    private static String fixed(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
