package dev.prepkit.model.config;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A saved selection: a study pack (and question sheet) that {@code prepkit pack NAME} and {@code prepkit build}
 * make.
 *
 * @param name the pack's name, a slug; also its file name; never null
 * @param title the title printed on the cover; never null
 * @param role the role printed on the cover, or null
 * @param select which questions; null reads as {@link Selection#ALL}
 */
@JsonPropertyOrder({"name", "title", "role", "select"})
public record PackDefinition(String name, String title, String role, Selection select) {

    public PackDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        select = select == null ? Selection.ALL : select;
    }
}
