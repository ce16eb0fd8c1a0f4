package dev.prepkit.bench.ingest;

import dev.prepkit.model.Difficulty;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How far the difficulties of the matched extracted questions agree with the truth's labels. The truth gives its
 * labels as counts per label ({@code difficulty_values}), not per question, so the comparison is of counts: for
 * each of easy, medium and hard, the smaller of the matched questions extracted with it and the truth questions
 * labelled with it, summed, over the matched questions that can be compared. With every truth question found this
 * is the share of questions whose difficulty can be right; it cannot tell two swapped labels apart.
 *
 * @param agree matched questions whose extracted difficulty agrees with a truth label
 * @param compared matched questions compared: the smaller of the matched questions and the labelled truth
 *     questions; 0 when the truth has no labels
 */
public record DifficultyAgreement(int agree, int compared) {

    /** No labels to compare. */
    public static final DifficultyAgreement NONE = new DifficultyAgreement(0, 0);

    /** The agreement over a file's matched extracted difficulties (null for none). */
    public static DifficultyAgreement of(Map<String, Integer> truthLabels, List<Difficulty> matched) {
        Map<Difficulty, Integer> truth = new EnumMap<>(Difficulty.class);
        truthLabels.forEach((label, n) -> canonical(label).ifPresent(d -> truth.merge(d, n, Integer::sum)));
        int labelled = truth.values().stream().mapToInt(Integer::intValue).sum();
        if (labelled == 0 || matched.isEmpty()) {
            return NONE;
        }
        Map<Difficulty, Integer> got = new EnumMap<>(Difficulty.class);
        for (Difficulty d : matched) {
            if (d != null) {
                got.merge(d, 1, Integer::sum);
            }
        }
        int agree = 0;
        for (Difficulty d : Difficulty.values()) {
            agree += Math.min(got.getOrDefault(d, 0), truth.getOrDefault(d, 0));
        }
        return new DifficultyAgreement(agree, Math.min(matched.size(), labelled));
    }

    /** A truth label as a difficulty: easy, medium, hard and E, M, H in any case; else empty. */
    public static Optional<Difficulty> canonical(String label) {
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "e", "easy" -> Optional.of(Difficulty.EASY);
            case "m", "medium" -> Optional.of(Difficulty.MEDIUM);
            case "h", "hard" -> Optional.of(Difficulty.HARD);
            default -> Optional.empty();
        };
    }

    /** Whether there was anything to compare. */
    public boolean any() {
        return compared > 0;
    }
}
