package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The controlled tag vocabulary ({@code content/taxonomy.yaml}): canonical tags, each with its aliases.
 *
 * @param schemaVersion the version of the taxonomy format; null reads as {@link Guide#SCHEMA_VERSION}
 * @param tags the canonical tags, in file order; never null
 */
@JsonPropertyOrder({"schemaVersion", "tags"})
public record Taxonomy(String schemaVersion, List<Tag> tags) {

    public Taxonomy {
        schemaVersion = schemaVersion == null ? Guide.SCHEMA_VERSION : schemaVersion;
        tags = tags == null ? List.of() : List.copyOf(tags);
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

    private static String key(String tag) {
        return tag.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
