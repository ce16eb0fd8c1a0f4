package dev.prepkit.ingest.draft;

/** Where a kept raw line went in the guide. */
public enum LineUse {
    /** An interview question, or one of its attributes (role, category, difficulty, tags). */
    QUESTION,
    /** A round of the interview loop. */
    ROUND,
    /** An item of a section (value, tip, FAQ pair, red flag …). */
    SECTION,
    /** A heading that names a section, category or round group. */
    HEADING,
    /** A fact about the guide (company, role, title, overview facts). */
    METADATA,
    /** Markdown syntax with no content of its own: a thematic break, a code fence, an HTML wrapper tag. */
    STRUCTURE,
    /** Markdown front matter. */
    FRONT_MATTER
}
