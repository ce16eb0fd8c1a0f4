package dev.prepkit.bench.ingest;

import dev.prepkit.model.Difficulty;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one corpus file: its truth, what ingest extracted, and how they compare.
 *
 * @param truth the file's truth
 * @param extraction what ingest extracted
 * @param match which extracted question matched which truth question
 * @param difficulty difficulty agreement on the matched questions
 * @param roundsFound truth rounds found among the extracted rounds, by name
 */
public record FileScore(Truth truth, Extraction extraction, QuestionMatcher.Result match,
        DifficultyAgreement difficulty, int roundsFound) {

    /** Compares one file's extraction with its truth. */
    public static FileScore of(Truth truth, Extraction extraction) {
        QuestionMatcher.Result match = QuestionMatcher.match(truth.questions(), extraction.questions());
        List<Difficulty> matched = new ArrayList<>();
        for (int e = 0; e < extraction.questions().size(); e++) {
            if (match.kinds().get(e) == QuestionMatcher.Kind.MATCHED) {
                matched.add(extraction.questions().get(e).difficulty());
            }
        }
        int roundsFound = truth.rounds().isEmpty()
                ? Math.min(extraction.rounds().size(), truth.roundCount())
                : RoundMatcher.found(truth.rounds(), extraction.rounds());
        return new FileScore(truth, extraction, match, DifficultyAgreement.of(truth.difficultyValues(), matched),
                roundsFound);
    }

    /** Truth questions. */
    public int truthCount() {
        return truth.questions().size();
    }

    /** Extracted questions, copies included. */
    public int extractedCount() {
        return extraction.questions().size();
    }

    /** Found truth questions. */
    public int truePositives() {
        return match.truePositives();
    }

    /** Extracted questions that are neither a truth question nor a copy of a found one. */
    public int falsePositives() {
        return match.falsePositives();
    }

    /** Extracted copies of a found text. */
    public int copies() {
        return match.copies();
    }

    /** Found / truth questions; 1 for a file without truth questions. */
    public double recall() {
        return truthCount() == 0 ? 1.0 : (double) truePositives() / truthCount();
    }

    /** Found / (found + false positives), copies left out; 1 when nothing but copies was extracted. */
    public double precision() {
        int judged = truePositives() + falsePositives();
        return judged == 0 ? 1.0 : (double) truePositives() / judged;
    }

    /** Truth rounds, by name or by the truth's count. */
    public int truthRounds() {
        return truth.rounds().isEmpty() ? truth.roundCount() : truth.rounds().size();
    }

    /** Whether this is a negative control: a file with no interview questions. */
    public boolean negativeControl() {
        return truthCount() == 0;
    }

    /** Truth questions but nothing extracted, and ingest did not warn that it missed questions. */
    public boolean silentEmpty() {
        return truthCount() > 0 && extractedCount() == 0 && !extraction.warnedMissed();
    }
}
