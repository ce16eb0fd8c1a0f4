package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Everything in a guide that is not an interview question: values, tips, FAQ, red flags, levels …
 *
 * @param kind what the section holds; never null
 * @param title the heading the guide gives it, or null
 * @param items its entries, in page order; never null
 * @param lines the raw-file lines of its heading, or null
 */
@JsonPropertyOrder({"kind", "title", "items", "lines"})
public record Section(SectionKind kind, String title, List<SectionItem> items, LineRange lines) {

    public Section {
        Objects.requireNonNull(kind, "kind");
        items = items == null ? List.of() : List.copyOf(items);
    }
}
