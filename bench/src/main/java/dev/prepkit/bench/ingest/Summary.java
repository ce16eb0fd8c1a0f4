package dev.prepkit.bench.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The overall figures of an evaluation and the targets they are held to.
 *
 * @param files the per-file figures, in truth order
 */
public record Summary(List<FileScore> files) {

    /** Target: question precision at least this. */
    public static final double PRECISION_TARGET = 0.95;
    /** Target: question recall at least this. */
    public static final double RECALL_TARGET = 0.95;
    /** Target: every file's recall at least this. */
    public static final double FILE_RECALL_TARGET = 0.80;
    /** Target: round recall at least this. */
    public static final double ROUND_RECALL_TARGET = 0.90;

    public Summary {
        files = List.copyOf(files);
    }

    /** Truth questions in all files. */
    public int truth() {
        return files.stream().mapToInt(FileScore::truthCount).sum();
    }

    /** Extracted questions in all files, copies included. */
    public int extracted() {
        return files.stream().mapToInt(FileScore::extractedCount).sum();
    }

    /** Found truth questions. */
    public int truePositives() {
        return files.stream().mapToInt(FileScore::truePositives).sum();
    }

    /** False positives. */
    public int falsePositives() {
        return files.stream().mapToInt(FileScore::falsePositives).sum();
    }

    /** Copies of found texts. */
    public int copies() {
        return files.stream().mapToInt(FileScore::copies).sum();
    }

    /** Found / (found + false positives). */
    public double precision() {
        int judged = truePositives() + falsePositives();
        return judged == 0 ? 1.0 : (double) truePositives() / judged;
    }

    /** Found / truth questions. */
    public double recall() {
        return truth() == 0 ? 1.0 : (double) truePositives() / truth();
    }

    /** The file with the lowest recall among the files with truth questions, or null when there is none. */
    public FileScore worstFile() {
        return files.stream().filter(f -> f.truthCount() > 0).min(Comparator.comparingDouble(FileScore::recall))
                .orElse(null);
    }

    /** The lowest per-file recall among the files with truth questions. */
    public double minFileRecall() {
        FileScore worst = worstFile();
        return worst == null ? 1.0 : worst.recall();
    }

    /** Truth rounds in all files. */
    public int truthRounds() {
        return files.stream().mapToInt(FileScore::truthRounds).sum();
    }

    /** Truth rounds found by name. */
    public int roundsFound() {
        return files.stream().mapToInt(FileScore::roundsFound).sum();
    }

    /** Found / truth rounds. */
    public double roundRecall() {
        return truthRounds() == 0 ? 1.0 : (double) roundsFound() / truthRounds();
    }

    /**
     * Round recall by count alone, as {@code ingest_eval.py} computes it: per file the smaller of extracted and
     * truth rounds, over the truth rounds.
     */
    public double roundCountRecall() {
        int got = files.stream().mapToInt(f -> Math.min(f.extraction().rounds().size(), f.truthRounds())).sum();
        return truthRounds() == 0 ? 1.0 : (double) got / truthRounds();
    }

    /** Files with truth questions where nothing was extracted and ingest did not warn. */
    public List<FileScore> silentEmpties() {
        return files.stream().filter(FileScore::silentEmpty).toList();
    }

    /** Sum over files of |extracted - truth| / sum of truth questions. */
    public double countError() {
        int err = files.stream().mapToInt(f -> Math.abs(f.extractedCount() - f.truthCount())).sum();
        return truth() == 0 ? 0.0 : (double) err / truth();
    }

    /** Questions extracted from the files that have none (negative controls). */
    public int negativeControlQuestions() {
        return files.stream().filter(FileScore::negativeControl).mapToInt(FileScore::extractedCount).sum();
    }

    /** Negative-control files. */
    public long negativeControls() {
        return files.stream().filter(FileScore::negativeControl).count();
    }

    /** Matched questions whose difficulty agrees, over those compared, in files whose truth has labels. */
    public DifficultyAgreement difficulty() {
        return new DifficultyAgreement(files.stream().mapToInt(f -> f.difficulty().agree()).sum(),
                files.stream().mapToInt(f -> f.difficulty().compared()).sum());
    }

    /** Files where ingest threw. */
    public long crashes() {
        return files.stream().filter(f -> f.extraction().crashed()).count();
    }

    /** Files ingest could not read (crashes not included). */
    public long unreadable() {
        return files.stream().filter(f -> f.extraction().error() != null && !f.extraction().crashed()).count();
    }

    /** The targets missed, each with its figure; empty when all are met. */
    public List<String> missedTargets() {
        List<String> missed = new ArrayList<>();
        if (precision() < PRECISION_TARGET) {
            missed.add(String.format(Locale.ROOT, "precision %.3f < %.2f", precision(), PRECISION_TARGET));
        }
        if (recall() < RECALL_TARGET) {
            missed.add(String.format(Locale.ROOT, "recall %.3f < %.2f", recall(), RECALL_TARGET));
        }
        long below = files.stream().filter(f -> f.truthCount() > 0 && f.recall() < FILE_RECALL_TARGET).count();
        if (below > 0) {
            missed.add(String.format(Locale.ROOT, "%d file%s below recall %.2f (min %.2f)", below,
                    below == 1 ? "" : "s", FILE_RECALL_TARGET, minFileRecall()));
        }
        if (roundRecall() < ROUND_RECALL_TARGET) {
            missed.add(String.format(Locale.ROOT, "round recall %.2f < %.2f", roundRecall(), ROUND_RECALL_TARGET));
        }
        if (!silentEmpties().isEmpty()) {
            missed.add(silentEmpties().size() + " silent empt" + (silentEmpties().size() == 1 ? "y" : "ies"));
        }
        if (negativeControlQuestions() > 0) {
            missed.add(negativeControlQuestions() + " question" + (negativeControlQuestions() == 1 ? "" : "s")
                    + " on negative controls");
        }
        return missed;
    }

    /** The targets line: each target, then MET, or NOT MET with the targets missed. */
    public String targetsLine() {
        List<String> missed = missedTargets();
        return String.format(Locale.ROOT, "targets: precision >= %.2f, recall >= %.2f, every file >= %.2f, "
                + "round recall >= %.2f, 0 silent empties, 0 on negative controls: %s", PRECISION_TARGET,
                RECALL_TARGET, FILE_RECALL_TARGET, ROUND_RECALL_TARGET,
                missed.isEmpty() ? "MET" : "NOT MET (" + String.join("; ", missed) + ")");
    }
}
