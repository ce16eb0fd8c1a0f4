package dev.prepkit.ingest.document;

/** What the inline markup of a block says about it, as read by its reader. */
public enum Mark {
    /** The whole text is strongly emphasised ({@code **…**}, {@code <b>}, {@code <strong>}). */
    STRONG,
    /** The text is only one or more links (a table-of-contents or navigation entry). */
    LINK_ONLY,
    /** The text is only links to anchors of the same page ({@code [Intro](#intro)}): a table of contents. */
    ANCHOR_LINKS,
    /** The whole text is quoted ({@code "…"}, {@code “…”}). */
    QUOTED,
    /** The block is a question by the page's own markup: schema.org {@code Question}, {@code <summary>}, {@code <dt>}. */
    MARKED_QUESTION,
    /** The block is an answer by the page's own markup: schema.org {@code Answer}, {@code <details>} body, {@code <dd>}. */
    MARKED_ANSWER
}
