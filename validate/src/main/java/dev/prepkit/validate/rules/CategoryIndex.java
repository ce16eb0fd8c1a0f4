package dev.prepkit.validate.rules;

import dev.prepkit.model.Taxonomy;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Looks question categories up in the taxonomy's {@code categories} and says what is wrong with one that is not
 * canonical: an alias, the canonical name written another way (case, a leading {@code #}, stray spaces), or a name
 * the taxonomy does not list, with suggestions. Unlike tags, a category is never split into parts: "Freedom &
 * Responsibility" and "Coding/Algorithms" are one category each. Thread-safe; it remembers the suggestions it has worked out.
 */
public final class CategoryIndex {

    /** What a category is, against the taxonomy. */
    public enum Kind {
        /** A canonical category, as written. */
        CANONICAL,
        /** A listed alias of a canonical category. */
        ALIAS,
        /** A canonical category written with another case, a leading {@code #} or stray spaces. */
        OTHER_FORM,
        /** Not in the taxonomy in any form. */
        UNKNOWN
    }

    /**
     * The verdict on one category.
     *
     * @param kind what it is; never null
     * @param canonical for {@link Kind#ALIAS} and {@link Kind#OTHER_FORM}, the canonical category to write instead;
     *     for {@link Kind#CANONICAL}, the category itself; for {@link Kind#UNKNOWN}, null
     * @param problem for {@link Kind#OTHER_FORM}, how it differs ("in another case"); otherwise null
     * @param suggestions for {@link Kind#UNKNOWN}, up to three close canonical categories, closest first; otherwise
     *     empty; never null
     */
    public record Verdict(Kind kind, String canonical, String problem, List<String> suggestions) {
    }

    private final Set<String> canonical = new LinkedHashSet<>();
    private final Set<String> cleanCanonical = new HashSet<>();
    private final Map<String, String> byNameKey = new HashMap<>();
    private final Map<String, String> byAliasKey = new HashMap<>();

    /** Canonical names and aliases, for "did you mean". */
    private final Suggestions suggestions;

    /**
     * An index of a taxonomy's categories. A name or alias listed twice keeps its first entry (the taxonomy's
     * own check reports the duplicate). A canonical name that is itself badly written in the taxonomy ({@code
     * "#System Design"}, which {@code prepkit fix} cleans) counts as canonical both as written and cleaned, and
     * other forms are fixed to the cleaned name, so that guides agree with the taxonomy once it is fixed.
     *
     * @param taxonomy the taxonomy; not null
     */
    public CategoryIndex(Taxonomy taxonomy) {
        for (Taxonomy.Category c : taxonomy.categories()) {
            if (c.name() == null) {
                continue;
            }
            canonical.add(c.name());
            cleanCanonical.add(Taxonomy.clean(c.name()));
            byNameKey.putIfAbsent(categoryKey(c.name()), Taxonomy.clean(c.name()));
        }
        for (Taxonomy.Category c : taxonomy.categories()) {
            if (c.name() == null) {
                continue;
            }
            for (String a : c.aliases()) {
                if (a != null) {
                    byAliasKey.putIfAbsent(categoryKey(a), Taxonomy.clean(c.name()));
                }
            }
        }
        Map<String, String> named = new HashMap<>(byNameKey);
        byAliasKey.forEach(named::putIfAbsent);
        suggestions = new Suggestions(named);
    }

    /** Whether the taxonomy lists no categories; then categories are not checked. */
    public boolean isEmpty() {
        return canonical.isEmpty();
    }

    /** The canonical categories, in taxonomy order; unmodifiable, never null. */
    public Set<String> canonicalCategories() {
        return Collections.unmodifiableSet(canonical);
    }

    /**
     * Judges one category.
     *
     * @param category a category as a question writes it; not null
     * @return the verdict; never null
     */
    public Verdict judge(String category) {
        if (canonical.contains(category) || cleanCanonical.contains(category)) {
            return new Verdict(Kind.CANONICAL, category, null, List.of());
        }
        String cleaned = Taxonomy.clean(category);
        String k = cleaned.toLowerCase(Locale.ROOT);
        String byName = byNameKey.get(k);
        if (byName != null) {
            String problem = category.strip().startsWith("#") ? "with a leading '#'"
                    : !cleaned.equals(category) ? "with stray spaces" : "in another case";
            return new Verdict(Kind.OTHER_FORM, byName, problem, List.of());
        }
        String byAlias = byAliasKey.get(k);
        if (byAlias != null) {
            return new Verdict(Kind.ALIAS, byAlias, null, List.of());
        }
        return new Verdict(Kind.UNKNOWN, null, null, k.isEmpty() ? List.of() : suggest(cleaned));
    }

    /**
     * Up to three canonical categories close to the given one, by edit distance or a shared word, closest first.
     *
     * @param category any text; not null
     * @return canonical categories; never null
     */
    public List<String> suggest(String category) {
        return suggestions.closest(categoryKey(category));
    }


    /** A category without leading {@code #}, outer white space and runs of white space. */

    /** The key of a category: cleaned, then case and white space ignored. */
    private static String categoryKey(String category) {
        return Taxonomy.key(Taxonomy.clean(category));
    }
}
