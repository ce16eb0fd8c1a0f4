package dev.prepkit.ingest.document;

/** What a {@link Block} is, whatever syntax it was written in. */
public enum BlockKind {
    /** A heading: markdown {@code #}, setext or HTML {@code <h1>}-{@code <h6>}, a plain-text title line. */
    HEADING,
    /** A run of text: a markdown or HTML paragraph, a plain-text line block. */
    PARAGRAPH,
    /** A list: its children are {@link #LIST_ITEM}s. */
    LIST,
    /** One item of a list: its text is the item's first paragraph; nested lists, code and paragraphs are children. */
    LIST_ITEM,
    /** A table: its children are {@link #TABLE_ROW}s (a CSV file, a JSON bank, a pipe or HTML table). */
    TABLE,
    /** One record of a table: {@link Block#fields()} maps each column name to the cell. */
    TABLE_ROW,
    /** Code: a fenced or indented code block, {@code <pre>}. Never a question by itself. */
    CODE,
    /** A block quote; its children are the quoted blocks. */
    QUOTE,
    /** Markup with no text of its own (an HTML or JSX tag line, an image). */
    MARKUP,
    /** A thematic break or a separator line ({@code ---}, {@code =====}, {@code ***}). */
    SEPARATOR,
    /** Front matter: {@link Block#fields()} holds its top-level keys. */
    FRONT_MATTER
}
