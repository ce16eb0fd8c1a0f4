package dev.prepkit.validate.rules;

import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The same question twice (same {@link DuplicateText#key key}) in different guides: an error within one
 * company's guides, an info across companies (the same question is legitimately asked by several). One finding
 * per set of copies, at the first copy, naming every other copy; copies with different difficulties or tags also
 * get a warning naming both values. Copies that are all in one guide are the guide schema's to report (its
 * {@code uniqueQuestionText} keyword, under this rule's id); their disagreement warning is still given here.
 */
public final class DuplicateQuestionRule implements CorpusRule {

    /** The rule's id. */
    public static final String ID = "duplicate-question";
    /** The rule id of copies whose difficulty or tags disagree. */
    public static final String DISAGREE = "duplicate-disagrees";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "the same question appears twice (error within a company, info across companies)";
    }

    /** Most other copies named in a message; {@link Finding#related()} always names all. */
    private static final int LISTED = 10;

    /** One copy, with only what the rule needs. */
    private record Copy(String company, String id, Location at, String difficulty, List<String> tags, Set<String> distinct) {
    }

    /** One copy and the key of its text. */
    private record Keyed(String key, Copy copy) {
    }

    @Override
    public Check<List<Keyed>> start(RuleContext context) {
        Map<String, List<Copy>> byKey = new HashMap<>();
        // Equal tag lists share one instance, so a question's own list (and its strings) are not kept.
        Map<List<String>, List<String>> tagLists = new java.util.concurrent.ConcurrentHashMap<>();
        return new Check<>() {
            @Override
            public List<Keyed> digest(GuideFile file) {
                List<Question> qs = file.guide().questions();
                // A guide that names no company is the same company as no other guide.
                String company = file.guide().company() == null ? "\u0000" + file.guide().id()
                        : file.guide().company().toLowerCase(Locale.ROOT);
                List<Keyed> out = new ArrayList<>(qs.size());
                for (int i = 0; i < qs.size(); i++) {
                    Question q = qs.get(i);
                    out.add(new Keyed(file.textKeys().get(i), new Copy(company, q.id(), file.textLocation(i),
                            q.difficulty() == null ? null : q.difficulty().label(),
                            q.tags().isEmpty() ? List.of() : tagLists.computeIfAbsent(q.tags(), t -> t),
                            Set.copyOf(q.distinctFrom()))));
                }
                return out;
            }

            @Override
            public void accept(List<Keyed> digest) {
                for (Keyed k : digest) {
                    byKey.computeIfAbsent(k.key(), x -> new ArrayList<>(2)).add(k.copy());
                }
            }

            @Override
            public void finish(Consumer<Finding> sink) {
                for (List<Copy> copies : byKey.values()) {
                    if (copies.size() < 2) {
                        continue;
                    }
                    copies.sort((a, b) -> a.at().compareTo(b.at()));
                    Copy first = copies.get(0);
                    List<Copy> others = copies.subList(1, copies.size()).stream()
                            .filter(c -> !c.distinct().contains(first.id()) && !first.distinct().contains(c.id()))
                            .toList();
                    if (others.isEmpty()) {
                        continue;
                    }
                    boolean sameCompany = others.stream().anyMatch(c -> c.company().equals(first.company()));
                    List<Location> where = others.stream().map(Copy::at).toList();
                    // Copies all in one guide: the guide schema's uniqueQuestionText keyword reported them.
                    boolean oneGuide = copies.stream().allMatch(c -> c.at().path().equals(first.at().path()));
                    if (!oneGuide) {
                        sink.accept(new Finding(ID, sameCompany ? Severity.ERROR : Severity.INFO, first.at(),
                                "question '" + first.id() + "' appears " + (others.size() + 1) + " times"
                                        + (sameCompany ? "" : " across companies") + "; also at "
                                        + String.join(", ", where.stream().limit(LISTED).map(Location::toString).toList())
                                        + (where.size() > LISTED ? ", and " + (where.size() - LISTED) + " more" : ""),
                                sameCompany ? "keep one copy and delete the others, or mark them distinctFrom each other"
                                        : "nothing to do if each company really asks it", where));
                    }
                    Map<String, List<String>> byDifficulty = new LinkedHashMap<>();
                    Map<List<String>, List<String>> byTags = new LinkedHashMap<>();
                    copies.forEach(c -> {
                        byDifficulty.computeIfAbsent(c.difficulty() == null ? "none" : c.difficulty(), d -> new ArrayList<>())
                                .add(c.id());
                        byTags.computeIfAbsent(c.tags().stream().sorted().toList(), t -> new ArrayList<>())
                                .add(c.id());
                    });
                    if (byDifficulty.size() > 1 || byTags.size() > 1) {
                        List<String> parts = new ArrayList<>();
                        if (byDifficulty.size() > 1) {
                            parts.add("difficulty " + which(byDifficulty));
                        }
                        if (byTags.size() > 1) {
                            parts.add("tags " + which(byTags));
                        }
                        sink.accept(new Finding(DISAGREE, Severity.WARNING, first.at(), "copies of question '"
                                + first.id() + "' disagree: " + String.join("; ", parts),
                                "give every copy the same difficulty and tags", where));
                    }
                }
            }
        };
    }

    /**
     * "easy ('q-a') vs medium ('q-b', 'q-c')": each value with the copies that have it, at most three ids each;
     * also what {@link NearDuplicateRule} says of a cluster whose questions disagree.
     */
    static String which(Map<?, List<String>> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((v, ids) -> parts.add(v + " (" + String.join(", ", ids.stream().limit(3).map(i -> "'" + i + "'")
                .toList()) + (ids.size() > 3 ? ", …" : "") + ")"));
        return String.join(" vs ", parts);
    }
}
