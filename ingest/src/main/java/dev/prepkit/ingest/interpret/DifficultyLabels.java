package dev.prepkit.ingest.interpret;

import dev.prepkit.model.Difficulty;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads difficulty labels as pages write them: {@code easy}/{@code medium}/{@code hard} in any case, {@code E},
 * {@code M}, {@code H}, the shipped synonyms of {@code prepkit.yaml} ({@code beginner}, {@code medium-hard},
 * {@code 3/5} …), a {@code Difficulty: Medium} prefix, and star ratings ({@code ★★☆} out of three, {@code ★★★☆☆}
 * out of five).
 */
final class DifficultyLabels {

    private static final Map<String, Difficulty> SYNONYMS = Map.ofEntries(
            Map.entry("e", Difficulty.EASY), Map.entry("m", Difficulty.MEDIUM), Map.entry("h", Difficulty.HARD),
            Map.entry("simple", Difficulty.EASY), Map.entry("beginner", Difficulty.EASY),
            Map.entry("basic", Difficulty.EASY), Map.entry("intermediate", Difficulty.MEDIUM),
            Map.entry("moderate", Difficulty.MEDIUM), Map.entry("difficult", Difficulty.HARD),
            Map.entry("tough", Difficulty.HARD), Map.entry("advanced", Difficulty.HARD),
            Map.entry("expert", Difficulty.HARD), Map.entry("medium-hard", Difficulty.HARD),
            Map.entry("easy-medium", Difficulty.MEDIUM), Map.entry("1/5", Difficulty.EASY),
            Map.entry("2/5", Difficulty.EASY), Map.entry("3/5", Difficulty.MEDIUM), Map.entry("4/5", Difficulty.HARD),
            Map.entry("5/5", Difficulty.HARD), Map.entry("1/3", Difficulty.EASY), Map.entry("2/3", Difficulty.MEDIUM),
            Map.entry("3/3", Difficulty.HARD));

    private DifficultyLabels() {
    }

    /** The difficulty a label names, or empty when it names none. */
    static Optional<Difficulty> read(String label) {
        String s = label.strip().toLowerCase(Locale.ROOT).replaceFirst("^difficulty\\s*[:=-]\\s*", "")
                .replace(' ', '-').replace('\u2013', '-');
        Optional<Difficulty> exact = Difficulty.fromLabel(s);
        if (exact.isPresent()) {
            return exact;
        }
        if (SYNONYMS.containsKey(s)) {
            return Optional.of(SYNONYMS.get(s));
        }
        long full = s.chars().filter(c -> c == '\u2605').count();
        long empty = s.chars().filter(c -> c == '\u2606').count();
        if (full > 0 && s.chars().allMatch(c -> c == '\u2605' || c == '\u2606')) {
            double share = (double) full / (full + empty);
            return Optional.of(share <= 0.4 ? Difficulty.EASY : share <= 0.7 ? Difficulty.MEDIUM : Difficulty.HARD);
        }
        return Optional.empty();
    }
}
