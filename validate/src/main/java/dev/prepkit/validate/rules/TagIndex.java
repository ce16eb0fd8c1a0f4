package dev.prepkit.validate.rules;

import dev.prepkit.model.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Looks tags up in the taxonomy and says what is wrong with one that is not canonical. Immutable.
 */
public final class TagIndex {

    /** What a tag is, against the taxonomy. */
    public enum Kind {
        /** A canonical tag, as written. */
        CANONICAL,
        /** A listed alias of a canonical tag. */
        ALIAS,
        /** A badly written tag: leading {@code #}, stray spaces, wrong case, or several tags in one. */
        MALFORMED,
        /** Not in the taxonomy in any form. */
        UNKNOWN
    }

    /**
     * The verdict on one tag.
     *
     * @param kind what it is
     * @param fix the canonical tag(s) to write instead; empty when canonical, or when no safe fix is known
     * @param problem for malformed tags, what is wrong ("starts with '#'"); otherwise null
     * @param suggestions for unknown tags, up to three close canonical tags; otherwise empty
     */
    public record Verdict(Kind kind, List<String> fix, String problem, List<String> suggestions) {
    }

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final Set<String> canonical = new LinkedHashSet<>();
    private final Map<String, String> byAliasKey = new HashMap<>();
    private final Map<String, String> byCanonicalKey = new HashMap<>();

    /** An index of a taxonomy. */
    public TagIndex(Taxonomy taxonomy) {
        for (Taxonomy.Tag t : taxonomy.tags()) {
            canonical.add(t.name());
            byCanonicalKey.putIfAbsent(key(t.name()), t.name());
            for (String a : t.aliases()) {
                byAliasKey.putIfAbsent(key(a), t.name());
            }
        }
    }

    /** Whether the tag is canonical as written. */
    public boolean isCanonical(String tag) {
        return canonical.contains(tag);
    }

    /** The canonical tags, in taxonomy order. */
    public Set<String> canonicalTags() {
        return java.util.Collections.unmodifiableSet(canonical);
    }

    /** Judges one tag. */
    public Verdict judge(String tag) {
        if (canonical.contains(tag)) {
            return new Verdict(Kind.CANONICAL, List.of(), null, List.of());
        }
        String cleaned = tag.strip().replaceFirst("^#+\\s*", "").replaceAll("\\s+", " ");
        if (cleaned.matches(".*\\S\\s*[/,;|]\\s*\\S.*")) {
            List<String> parts = new ArrayList<>();
            for (String part : cleaned.split("\\s*[/,;|]\\s*")) {
                String c = resolve(part);
                if (c == null) {
                    return new Verdict(Kind.MALFORMED, List.of(), "it combines several tags, and '" + part
                            + "' is not in the taxonomy", suggest(part));
                }
                parts.add(c);
            }
            return new Verdict(Kind.MALFORMED, List.copyOf(new LinkedHashSet<>(parts)), "it combines several tags",
                    List.of());
        }
        if (!cleaned.equals(tag)) {
            String c = resolve(cleaned);
            String problem = tag.strip().startsWith("#") ? "it starts with '#'" : "it has stray spaces";
            return new Verdict(Kind.MALFORMED, c == null ? List.of() : List.of(c), problem,
                    c == null ? suggest(cleaned) : List.of());
        }
        String byCase = byCanonicalKey.get(key(tag));
        if (byCase != null) {
            return new Verdict(Kind.MALFORMED, List.of(byCase), "its case differs from the canonical tag", List.of());
        }
        String alias = byAliasKey.get(key(tag));
        if (alias != null) {
            return new Verdict(Kind.ALIAS, List.of(alias), null, List.of());
        }
        return new Verdict(Kind.UNKNOWN, List.of(), null, suggest(tag));
    }

    /** The canonical tag a cleaned tag stands for (canonical, other case, or alias), or null. */
    private String resolve(String tag) {
        if (canonical.contains(tag)) {
            return tag;
        }
        String c = byCanonicalKey.get(key(tag));
        return c != null ? c : byAliasKey.get(key(tag));
    }

    /** Up to three canonical tags close to the given one, by edit distance or a shared word, closest first. */
    public List<String> suggest(String tag) {
        String k = key(tag);
        record Scored(String tag, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        Map<String, String> candidates = new HashMap<>();
        canonical.forEach(c -> candidates.put(key(c), c));
        byAliasKey.forEach(candidates::putIfAbsent);
        for (Map.Entry<String, String> e : candidates.entrySet()) {
            int d = DISTANCE.apply(k, e.getKey());
            int limit = Math.max(2, Math.min(k.length(), e.getKey().length()) / 3);
            boolean sharesWord = false;
            for (String w : k.split(" ")) {
                if (w.length() >= 4 && (" " + e.getKey() + " ").contains(" " + w + " ")) {
                    sharesWord = true;
                }
            }
            if (d <= limit || sharesWord) {
                scored.add(new Scored(e.getValue(), d));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::tag))
                .map(Scored::tag).distinct().limit(3).toList();
    }

    private static String key(String tag) {
        return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
