package dev.prepkit.ingest;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionStatus;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Merges a fresh ingest of a raw file into the curated guide made from it, so that re-ingest never loses a
 * curator's work.
 *
 * <ul>
 *   <li>Questions are matched by id. A matched question keeps the curated text, role, category, round,
 *       difficulty, tags, notes and {@code distinctFrom}; a curated field that is empty takes the fresh value;
 *       line ranges come from the fresh ingest.</li>
 *   <li>A fresh question with no curated match is added.</li>
 *   <li>A curated question that came from the raw file and is no longer in it is kept and marked
 *       {@code removed-from-source}, never deleted. A question written by hand (no line range) is kept as is.</li>
 *   <li>When the raw file now gives a difficulty that differs from the curated one, the curated value stays and
 *       a {@code curated-conflict} warning says so.</li>
 *   <li>Company, role and title keep their curated values (a guide without a company takes the one the raw file
 *       now names); source, overview, rounds and sections come from the raw file.</li>
 * </ul>
 */
public final class GuideMerger {

    /**
     * The merged guide and what changed.
     *
     * @param guide the merged guide
     * @param changes one line per change, e.g. {@code + q-1a2b3c4d5e added}; empty when nothing changed
     * @param findings conflicts between the raw file and curated fields
     */
    public record Result(Guide guide, List<String> changes, List<Finding> findings) {
        public Result {
            changes = List.copyOf(changes);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Merges.
     *
     * @param curated the guide as curated in {@code guides/}, or null when there is none yet
     * @param fresh the guide just ingested from the raw file
     * @param curatedPath the curated file's path, for findings
     * @return the merged guide; with a null {@code curated}, the fresh guide and one change per question
     */
    public Result merge(Guide curated, Guide fresh, String curatedPath) {
        List<String> changes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        if (curated == null) {
            changes.add("+ new guide with " + fresh.questions().size() + " questions");
            return new Result(fresh, changes, findings);
        }
        Map<String, Question> old = new LinkedHashMap<>();
        curated.questions().forEach(q -> old.put(q.id(), q));
        List<Question> merged = new ArrayList<>();
        for (Question f : fresh.questions()) {
            Question c = old.remove(f.id());
            if (c == null) {
                merged.add(f);
                changes.add("+ " + f.id() + " added: " + abbreviate(f.text()));
                continue;
            }
            if (!c.isActive()) {
                changes.add("~ " + f.id() + " back in the source");
            }
            if (f.difficulty() != null && c.difficulty() != null && f.difficulty() != c.difficulty()) {
                findings.add(new Finding("curated-conflict", Severity.WARNING, Location.file(curatedPath),
                        "question '" + c.id() + "': the raw file now says difficulty " + f.difficulty().label()
                                + " where the curator set " + c.difficulty().label() + "; the curated value stays",
                        "set the difficulty you want in the guide; this warning repeats while they differ",
                        fresh.source() != null && f.lines() != null
                                ? List.of(new Location(fresh.source().path(), f.lines().from(), 1)) : List.of()));
            }
            // A curated difficulty (or a label the curator kept) wins; lines and repeats follow the raw file.
            boolean curatedDifficulty = c.difficulty() != null || c.difficultyLabel() != null;
            merged.add(new Question(c.id(), c.text(), first(c.role(), f.role()), first(c.category(), f.category()),
                    first(c.round(), f.round()), curatedDifficulty ? c.difficulty() : f.difficulty(),
                    c.tags().isEmpty() ? f.tags() : c.tags(), c.notes(), null, c.distinctFrom(), f.lines(),
                    curatedDifficulty ? c.difficultyLabel() : f.difficultyLabel(), f.alsoAt()));
        }
        for (Question c : old.values()) {
            if (c.lines() != null && c.isActive()) {
                merged.add(c.withStatus(QuestionStatus.REMOVED_FROM_SOURCE));
                changes.add("- " + c.id() + " no longer in the source; kept and marked removed-from-source: "
                        + abbreviate(c.text()));
            } else {
                merged.add(c);
            }
        }
        Guide result = new Guide(fresh.schemaVersion(), curated.id(),
                curated.company() != null ? curated.company() : fresh.company(),
                curated.role(), curated.title(), fresh.source(), fresh.overview(), fresh.rounds(), merged,
                fresh.sections());
        if (!Objects.equals(fresh.source(), curated.source()) && changes.isEmpty()
                && !result.equals(curated)) {
            changes.add("~ source lines or sections updated");
        }
        return new Result(result, changes, findings);
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String abbreviate(String s) {
        return s.length() <= 70 ? s : s.substring(0, 67) + "...";
    }
}
