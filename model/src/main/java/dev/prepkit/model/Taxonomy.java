package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled vocabularies of the question bank ({@code content/taxonomy.yaml}): canonical tags, each with
 * its aliases, and canonical question categories, each with its aliases.
 *
 * @param schemaVersion the version of the taxonomy format; null reads as {@link Guide#SCHEMA_VERSION}
 * @param tags the canonical tags, in file order; null reads as empty; never null
 * @param categories the canonical question categories, in file order; null reads as empty; never null. Empty
 *     means the taxonomy does not control categories, and questions' categories are not checked
 */
@JsonPropertyOrder({"schemaVersion", "tags", "categories"})
public record Taxonomy(String schemaVersion, List<Tag> tags, List<Category> categories) {

    @JsonCreator
    public Taxonomy {
        schemaVersion = schemaVersion == null ? Guide.SCHEMA_VERSION : schemaVersion;
        tags = tags == null ? List.of() : List.copyOf(tags);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * A taxonomy of tags only: it lists no categories.
     *
     * @param schemaVersion the version of the taxonomy format, or null for {@link Guide#SCHEMA_VERSION}
     * @param tags the canonical tags, or null for none
     */
    public Taxonomy(String schemaVersion, List<Tag> tags) {
        this(schemaVersion, tags, List.of());
    }

    /**
     * One canonical tag.
     *
     * @param name the canonical form, as it is shown ("Apache Flink"); never null
     * @param aliases other spellings that mean the same ("Flink"); never null
     * @param parent the name of a broader canonical tag, or null
     * @param description what the tag covers, or null
     */
    @JsonPropertyOrder({"name", "aliases", "parent", "description"})
    public record Tag(String name, List<String> aliases, String parent, String description) {
        public Tag {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * One canonical question category: what a question is about, at the level a guide groups questions
     * ("System Design", "Freedom & Responsibility").
     *
     * @param name the canonical form, as questions write it; never null in a valid taxonomy
     * @param aliases other spellings that mean the same ("Systems Design"); null reads as empty; never null
     * @param description what the category covers, or null
     */
    @JsonPropertyOrder({"name", "aliases", "description"})
    public record Category(String name, List<String> aliases, String description) {
        public Category {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** The canonical tag with exactly this name, if any. */
    public Optional<Tag> canonical(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /**
     * The canonical tag that {@code alias} stands for: a listed alias, or the canonical name written with
     * another case. Empty when the tag is canonical as written or unknown.
     */
    public Optional<Tag> canonicalForAlias(String alias) {
        Map<String, Tag> byKey = new HashMap<>();
        for (Tag t : tags) {
            byKey.putIfAbsent(key(t.name()), t);
            for (String a : t.aliases()) {
                byKey.putIfAbsent(key(a), t);
            }
        }
        Tag t = byKey.get(key(alias));
        return t == null || t.name().equals(alias) ? Optional.empty() : Optional.of(t);
    }

    /**
     * The canonical category with exactly this name.
     *
     * @param name a category as a question writes it; null gives empty
     * @return the category, or empty when {@code name} is not a canonical category as written
     */
    public Optional<Category> category(String name) {
        return name == null ? Optional.empty() : categories.stream().filter(c -> name.equals(c.name())).findFirst();
    }

    /**
     * The canonical category that {@code alias} stands for: a listed alias, or the canonical name written with
     * another case or other white space. A canonical name wins over an alias of another category.
     *
     * @param alias a category as a question writes it; null gives empty
     * @return the canonical category, or empty when {@code alias} is canonical as written or unknown
     */
    public Optional<Category> categoryForAlias(String alias) {
        if (alias == null) {
            return Optional.empty();
        }
        Map<String, Category> byKey = new HashMap<>();
        for (Category c : categories) {
            if (c.name() != null) {
                byKey.putIfAbsent(key(c.name()), c);
            }
        }
        for (Category c : categories) {
            for (String a : c.aliases()) {
                byKey.putIfAbsent(key(a), c);
            }
        }
        Category c = byKey.get(key(alias));
        return c == null || alias.equals(c.name()) ? Optional.empty() : Optional.of(c);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern LEADING_HASHES = java.util.regex.Pattern.compile("^#+\\s*");

    /**
     * The key under which two spellings of one name are the same: white space trimmed and collapsed to one
     * space, lower case. Used wherever tags, categories, companies or roles are looked up.
     *
     * @param name a name as written; not null
     * @return its key; never null
     */
    public static String key(String name) {
        return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /**
     * A tag or category as it should be written: a leading {@code #} (hashtag style) and stray white space taken
     * off, the case kept ({@code "#Apache  Flink "} is {@code "Apache Flink"}).
     *
     * @param name a name as written; not null
     * @return the cleaned name; never null
     */
    public static String clean(String name) {
        return SPACES.matcher(LEADING_HASHES.matcher(name.strip()).replaceFirst("")).replaceAll(" ");
    }
}
