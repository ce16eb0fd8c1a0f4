package dev.prepkit.ingest.document;

import dev.prepkit.model.LineRange;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;

/**
 * One block of a raw document, whatever its syntax: a heading, a paragraph, a list item, a table row …
 *
 * @param kind what the block is; never null
 * @param text its inline text as a reader sees it: markup removed, entities decoded, inline code kept with its
 *     backticks, white space folded to single spaces; empty for containers and markup, never null
 * @param lines the raw lines it came from (1-based, inclusive); never null
 * @param level a heading's level (1-6), a list item's nesting depth (0 for a top-level item); else 0
 * @param marker a list item's marker as written ({@code 1.}, {@code 3)}, {@code -}, {@code a.}), a plain-text
 *     heading's decoration ({@code =====}, an emoji); else null
 * @param marks what the inline markup says of the whole text; never null
 * @param fields named values: a table row's cells by column name, front matter's keys, a code block's language
 *     ({@code info}); insertion-ordered, never null
 * @param children the blocks inside this one (a list's items, an item's nested lists and paragraphs, a table's rows,
 *     a quote's blocks); never null
 */
public record Block(BlockKind kind, String text, LineRange lines, int level, String marker, Set<Mark> marks,
        Map<String, String> fields, List<Block> children) {

    public Block {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(lines, "lines");
        text = text == null ? "" : text;
        marks = marks == null || marks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(marks));
        fields = fields == null || fields.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        children = children == null ? List.of() : List.copyOf(children);
    }

    /** A leaf block with no marker, marks, fields or children. */
    public static Block of(BlockKind kind, String text, LineRange lines) {
        return new Block(kind, text, lines, 0, null, Set.of(), Map.of(), List.of());
    }

    /** A heading of the given level. */
    public static Block heading(String text, int level, LineRange lines) {
        return new Block(BlockKind.HEADING, text, lines, level, null, Set.of(), Map.of(), List.of());
    }

    /** Whether the block carries a mark. */
    public boolean has(Mark mark) {
        return marks.contains(mark);
    }

    /** The first raw line of the block. */
    public int line() {
        return lines.from();
    }



    /** Whether the list marker is a number or letter ({@code 1.}, {@code 2)}, {@code a.}) rather than a bullet. */
    public boolean ordered() {
        return marker != null && !marker.isEmpty() && Character.isLetterOrDigit(marker.charAt(0));
    }
}
