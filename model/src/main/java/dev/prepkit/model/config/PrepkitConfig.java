package dev.prepkit.model.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The content's configuration, {@code content/prepkit.yaml}; JSON Schema resource
 * {@code dev/prepkit/model/config.schema.json}.
 *
 * @param schemaVersion the format's version; null reads as "1"
 * @param rules severity per rule id: {@code off}, {@code info}, {@code warning} or {@code error}; never null
 * @param thresholds named numeric thresholds ({@code nearDuplicate}, {@code shortQuestionChars}); never null
 * @param difficultySynonyms non-canonical difficulty labels (lower case) and the canonical value each means
 *     ({@code difficult: hard}); never null
 * @param baseline path of the baseline file of accepted findings, relative to the content folder, or null
 * @param rubric the scoring labels of the coach edition, 1 to 4; never null
 * @param packs saved study packs; never null
 */
@JsonPropertyOrder({"schemaVersion", "rules", "thresholds", "difficultySynonyms", "baseline", "rubric", "packs"})
public record PrepkitConfig(
        String schemaVersion,
        Map<String, String> rules,
        Map<String, Double> thresholds,
        Map<String, String> difficultySynonyms,
        String baseline,
        List<String> rubric,
        List<PackDefinition> packs) {

    /** The rubric labels used when the configuration gives none. */
    public static final List<String> DEFAULT_RUBRIC = List.of("1 Weak", "2 Mixed", "3 Good", "4 Strong");

    /** The difficulty synonyms used when the configuration gives none. */
    public static final Map<String, String> DEFAULT_SYNONYMS = Map.ofEntries(
            Map.entry("simple", "easy"), Map.entry("beginner", "easy"), Map.entry("basic", "easy"),
            Map.entry("1/5", "easy"), Map.entry("2/5", "easy"), Map.entry("intermediate", "medium"),
            Map.entry("moderate", "medium"), Map.entry("3/5", "medium"), Map.entry("difficult", "hard"),
            Map.entry("tough", "hard"), Map.entry("advanced", "hard"), Map.entry("medium-hard", "hard"),
            Map.entry("4/5", "hard"), Map.entry("5/5", "hard"));

    public PrepkitConfig {
        schemaVersion = schemaVersion == null ? "1" : schemaVersion;
        rules = rules == null ? Map.of() : Map.copyOf(rules);
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        difficultySynonyms = difficultySynonyms == null || difficultySynonyms.isEmpty() ? DEFAULT_SYNONYMS
                : Map.copyOf(difficultySynonyms);
        rubric = rubric == null || rubric.isEmpty() ? DEFAULT_RUBRIC : List.copyOf(rubric);
        packs = packs == null ? List.of() : List.copyOf(packs);
    }

    /** The configuration of a content folder without {@code prepkit.yaml}. */
    public static PrepkitConfig defaults() {
        return new PrepkitConfig(null, null, null, null, null, null, null);
    }

    /** A threshold, or {@code fallback} when not configured. */
    public double threshold(String name, double fallback) {
        Double v = thresholds.get(name);
        return v == null ? fallback : v;
    }
}
