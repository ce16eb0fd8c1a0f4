package dev.prepkit.export;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.config.Selection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Applies a {@link Selection} to a bank: filters by company, role, round, category, difficulty, tags (a tag also
 * matches its child tags in the taxonomy) and text; then draws a reproducible random set ({@code limit} with
 * {@code seed}) or a set by difficulty quota ({@code mix}). Selected questions keep their bank order.
 * Guides of the selected companies that hold no questions at all (landing pages, articles) are kept for their
 * rounds and sections; guides whose questions were all filtered out are dropped.
 */
public final class Selector {

    /**
     * The outcome.
     *
     * @param bank the selected bank; never null
     * @param questions how many questions were selected
     * @param shortfalls one sentence per quota the bank could not fill ({@code "mix asks for 5 easy questions;
     *     the bank has 2"}); empty when every quota was filled
     */
    public record Result(Bank bank, int questions, List<String> shortfalls) {
    }

    private final Map<String, Set<String>> descendants = new HashMap<>();

    /** A selector that expands tags through a taxonomy's parents. */
    public Selector(Taxonomy taxonomy) {
        Map<String, List<String>> children = new HashMap<>();
        for (Taxonomy.Tag t : taxonomy.tags()) {
            if (t.parent() != null) {
                children.computeIfAbsent(t.parent(), k -> new ArrayList<>()).add(t.name());
            }
        }
        for (Taxonomy.Tag t : taxonomy.tags()) {
            Set<String> all = new LinkedHashSet<>();
            List<String> todo = new ArrayList<>(List.of(t.name()));
            while (!todo.isEmpty()) {
                String cur = todo.remove(todo.size() - 1);
                if (all.add(Taxonomy.key(cur))) {
                    todo.addAll(children.getOrDefault(cur, List.of()));
                }
            }
            descendants.put(Taxonomy.key(t.name()), all);
        }
    }

    /**
     * Problems with a selection against a bank: a company, role or tag the bank and taxonomy do not know, each
     * with up to three suggestions. Empty when the selection names only known values.
     */
    public List<String> problems(Selection s, Bank bank) {
        List<String> out = new ArrayList<>();
        Set<String> companies = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> tags = new LinkedHashSet<>();
        for (Bank.Entry e : bank.entries()) {
            if (e.guide().company() != null) {
                companies.add(e.guide().company());
            }
            String role = roleOf(e);
            if (role != null) {
                roles.add(role);
            }
            tags.addAll(e.question().tags());
        }
        bank.guides().stream().map(Guide::company).filter(Objects::nonNull).forEach(companies::add);
        check("company", s.companies(), companies, out);
        check("role", s.roles(), roles, out);
        Set<String> knownTags = new LinkedHashSet<>(tags);
        descendants.keySet().forEach(knownTags::add);
        List<String> wanted = new ArrayList<>(s.anyTags());
        wanted.addAll(s.allTags());
        check("tag", wanted, knownTags, out);
        for (String d : s.difficulties()) {
            if (Difficulty.fromLabel(d).isEmpty()) {
                out.add("unknown difficulty '" + d + "'; use easy, medium or hard");
            }
        }
        for (String d : s.mix().keySet()) {
            if (Difficulty.fromLabel(d).isEmpty()) {
                out.add("unknown difficulty '" + d + "' in the mix; use easy, medium or hard");
            }
        }
        return out;
    }

    private static void check(String what, List<String> wanted, Collection<String> known, List<String> out) {
        Set<String> keys = new HashSet<>();
        known.forEach(k -> keys.add(Taxonomy.key(k)));
        for (String w : wanted) {
            if (!keys.contains(Taxonomy.key(w))) {
                List<String> close = known.stream()
                        .sorted(Comparator.comparingInt((String k) -> distance(Taxonomy.key(k), Taxonomy.key(w))).thenComparing(k -> k))
                        .filter(k -> distance(Taxonomy.key(k), Taxonomy.key(w)) <= Math.max(3, w.length() / 2)
                                || Taxonomy.key(k).contains(Taxonomy.key(w)) || Taxonomy.key(w).contains(Taxonomy.key(k)))
                        .limit(3).toList();
                out.add("unknown " + what + " '" + w + "'" + (close.isEmpty() ? "" : "; did you mean "
                        + String.join(" or ", close.stream().map(c -> "'" + c + "'").toList()) + "?"));
            }
        }
    }

    /** Selects. */
    public Result select(Selection s, Bank bank) {
        List<Bank.Entry> matching = bank.entries().stream().filter(e -> matches(s, e)).toList();
        List<String> shortfalls = new ArrayList<>();
        List<Bank.Entry> chosen;
        long seed = s.seed() == null ? 0 : s.seed();
        if (!s.mix().isEmpty()) {
            chosen = new ArrayList<>();
            for (Map.Entry<String, Integer> quota : new java.util.TreeMap<>(s.mix()).entrySet()) {
                Difficulty wanted = Difficulty.fromLabel(quota.getKey()).orElse(null);
                List<Bank.Entry> level = matching.stream().filter(e -> e.question().difficulty() != null
                        && e.question().difficulty() == wanted).toList();
                List<Bank.Entry> drawn = draw(level, quota.getValue(), seed + quota.getKey().hashCode());
                if (drawn.size() < quota.getValue()) {
                    shortfalls.add("mix asks for " + quota.getValue() + " " + quota.getKey() + " questions; the selection has "
                            + level.size());
                }
                chosen.addAll(drawn);
            }
        } else if (s.limit() != null) {
            chosen = draw(matching, s.limit(), seed);
            if (chosen.size() < s.limit()) {
                shortfalls.add("limit asks for " + s.limit() + " questions; the selection has " + matching.size());
            }
        } else {
            chosen = matching;
        }
        Set<Question> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        chosen.forEach(e -> keep.add(e.question()));
        Set<String> companies = new HashSet<>();
        s.companies().forEach(c -> companies.add(Taxonomy.key(c)));
        Set<String> companiesKept = new HashSet<>();
        chosen.forEach(e -> companiesKept.add(e.guide().company()));
        List<Guide> guides = new ArrayList<>();
        for (Guide g : bank.guides()) {
            List<Question> qs = g.questions().stream().filter(keep::contains).toList();
            boolean context = g.activeQuestions().isEmpty()
                    && (companies.isEmpty() || g.company() != null && companies.contains(Taxonomy.key(g.company())))
                    && companiesKept.contains(g.company());
            if (!qs.isEmpty() || context) {
                guides.add(g.withQuestions(qs));
            }
        }
        return new Result(new Bank(guides), keep.size(), shortfalls);
    }

    /** {@code n} entries drawn at random with a seed, back in bank order. */
    private static List<Bank.Entry> draw(List<Bank.Entry> from, int n, long seed) {
        if (n >= from.size()) {
            return from;
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            idx.add(i);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = idx.size() - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            Integer t = idx.get(i);
            idx.set(i, idx.get(j));
            idx.set(j, t);
        }
        return idx.subList(0, n).stream().sorted().map(from::get).toList();
    }

    private boolean matches(Selection s, Bank.Entry e) {
        Question q = e.question();
        return in(s.companies(), e.guide().company())
                && in(s.roles(), roleOf(e))
                && in(s.rounds(), q.round())
                && in(s.categories(), q.category())
                && in(s.difficulties(), q.difficulty() == null ? null : q.difficulty().label())
                && (s.anyTags().isEmpty() || s.anyTags().stream().anyMatch(t -> hasTag(q, t)))
                && s.allTags().stream().allMatch(t -> hasTag(q, t))
                && (s.text() == null || containsWords(q.text(), s.text()));
    }

    private boolean hasTag(Question q, String tag) {
        Set<String> family = descendants.getOrDefault(Taxonomy.key(tag), Set.of(Taxonomy.key(tag)));
        return q.tags().stream().anyMatch(t -> family.contains(Taxonomy.key(t)));
    }

    private static boolean in(List<String> wanted, String value) {
        return wanted.isEmpty() || value != null && wanted.stream().anyMatch(w -> Taxonomy.key(w).equals(Taxonomy.key(value)));
    }

    private static boolean containsWords(String text, String words) {
        String t = Taxonomy.key(text);
        for (String w : Taxonomy.key(words).split(" ")) {
            if (!w.isEmpty() && !t.contains(w)) {
                return false;
            }
        }
        return true;
    }


    /** The role a question is asked for: its own, else its guide's; null when neither says. */
    private static String roleOf(Bank.Entry e) {
        return e.question().role() != null ? e.question().role() : e.guide().role();
    }

    private static int distance(String a, String b) {
        return org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
