package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps the difficulty labels a page wrote ({@code Tricky}, {@code Level 3}) through the configured
 * {@code difficultySynonyms} of {@code prepkit.yaml}: a mapped label becomes the question's difficulty (and its
 * {@code unknown-difficulty} warning goes); an unmapped one stays in the guide as written.
 */
final class ConfiguredSynonyms {

    private ConfiguredSynonyms() {
    }

    /**
     * The parsed guide with configured synonyms applied.
     *
     * @param parsed what a parser made of a file
     * @param synonyms label (any case) → canonical difficulty label; labels that name no difficulty are ignored
     * @return the same object when nothing was mapped
     */
    static ParsedGuide apply(ParsedGuide parsed, Map<String, String> synonyms) {
        if (synonyms.isEmpty() || parsed.guide().questions().stream().allMatch(q -> q.difficultyLabel() == null)) {
            return parsed;
        }
        List<Question> questions = new ArrayList<>();
        Set<Integer> mappedLines = new HashSet<>();
        List<Finding> notes = new ArrayList<>();
        for (Question q : parsed.guide().questions()) {
            Optional<Difficulty> d = q.difficultyLabel() == null ? Optional.empty() : lookup(synonyms, q.difficultyLabel());
            if (d.isPresent()) {
                questions.add(q.withDifficulty(d.get()));
                int line = q.lines() == null ? 0 : q.lines().from();
                mappedLines.add(line);
                notes.add(new Finding("difficulty-synonym", Severity.INFO, new Location(parsed.guide().source().path(),
                        line, line > 0 ? 1 : 0), "difficulty '" + q.difficultyLabel() + "' read as '" + d.get().label()
                        + "' (difficultySynonyms in prepkit.yaml)", null));
            } else {
                questions.add(q);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Finding f : parsed.findings()) {
            if (!(f.ruleId().equals("unknown-difficulty") && mappedLines.contains(f.location().line()))) {
                findings.add(f);
            }
        }
        findings.addAll(notes);
        return new ParsedGuide(parsed.guide().withQuestions(questions), parsed.ledger(), findings, parsed.lowConfidence(), parsed.decisions());
    }

    private static Optional<Difficulty> lookup(Map<String, String> synonyms, String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        String canonical = synonyms.get(key);
        if (canonical == null) {
            canonical = synonyms.entrySet().stream().filter(e -> e.getKey().strip().toLowerCase(Locale.ROOT).equals(key))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        return canonical == null ? Difficulty.fromLabel(label) : Difficulty.fromLabel(canonical);
    }
}
