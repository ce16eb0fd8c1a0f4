package dev.prepkit.validate.rules;

import dev.prepkit.model.Taxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Looks tags up in the taxonomy and says what is wrong with one that is not canonical. Thread-safe; it
 * remembers the suggestions it has worked out.
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

    private final Set<String> canonical = new LinkedHashSet<>();
    private final Map<String, String> byAliasKey = new HashMap<>();
    private final Map<String, String> byCanonicalKey = new HashMap<>();

    private final Set<String> cleanCanonical = new HashSet<>();

    /** Canonical names and aliases, for "did you mean". */
    private final Suggestions suggestions;

    /**
     * An index of a taxonomy. A canonical name that is itself badly written in the taxonomy ({@code "#Kafka "},
     * which {@code prepkit fix} cleans to {@code Kafka}) counts as canonical both as written and cleaned, and other
     * spellings are fixed to the cleaned name, so that guides agree with the taxonomy once it is fixed.
     *
     * @param taxonomy the taxonomy; not null
     */
    public TagIndex(Taxonomy taxonomy) {
        for (Taxonomy.Tag t : taxonomy.tags()) {
            if (t.name() == null) {
                continue;
            }
            String clean = Taxonomy.clean(t.name());
            canonical.add(t.name());
            cleanCanonical.add(clean);
            byCanonicalKey.putIfAbsent(Taxonomy.key(clean), clean);
        }
        for (Taxonomy.Tag t : taxonomy.tags()) {
            if (t.name() == null) {
                continue;
            }
            for (String a : t.aliases()) {
                if (a != null) {
                    byAliasKey.putIfAbsent(Taxonomy.key(Taxonomy.clean(a)), Taxonomy.clean(t.name()));
                }
            }
        }
        Map<String, String> named = new HashMap<>(byCanonicalKey);
        byAliasKey.forEach(named::putIfAbsent);
        suggestions = new Suggestions(named);
    }

    /** Whether the tag is canonical as written (or is the cleaned form of a badly written canonical name). */
    public boolean isCanonical(String tag) {
        return canonical.contains(tag) || cleanCanonical.contains(tag);
    }

    /** The canonical tags, in taxonomy order. */
    public Set<String> canonicalTags() {
        return java.util.Collections.unmodifiableSet(canonical);
    }

    /** Judges one tag. */
    public Verdict judge(String tag) {
        if (isCanonical(tag)) {
            return new Verdict(Kind.CANONICAL, List.of(), null, List.of());
        }
        String cleaned = Taxonomy.clean(tag);
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
        String byCase = byCanonicalKey.get(Taxonomy.key(tag));
        if (byCase != null) {
            return new Verdict(Kind.MALFORMED, List.of(byCase), "its case differs from the canonical tag", List.of());
        }
        String alias = byAliasKey.get(Taxonomy.key(tag));
        if (alias != null) {
            return new Verdict(Kind.ALIAS, List.of(alias), null, List.of());
        }
        return new Verdict(Kind.UNKNOWN, List.of(), null, suggest(tag));
    }

    /** The canonical tag a cleaned tag stands for (canonical, other case, or alias), or null. */
    private String resolve(String tag) {
        if (cleanCanonical.contains(tag)) {
            return tag;
        }
        String c = byCanonicalKey.get(Taxonomy.key(tag));
        return c != null ? c : byAliasKey.get(Taxonomy.key(tag));
    }

    /** Up to three canonical tags close to the given one, by edit distance or a shared word, closest first. */
    public List<String> suggest(String tag) {
        return suggestions.closest(Taxonomy.key(tag));
    }


    /** A tag without leading {@code #}, outer white space and runs of white space. */

}
