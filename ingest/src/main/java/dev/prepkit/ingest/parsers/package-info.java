/**
 * One {@link dev.prepkit.ingest.draft.GuideParser} per source shape: round list, question-bank page, markdown, landing
 * page, article, question list, Q/A pairs, table (CSV/TSV and markdown pipe tables), one question per line, MDX, and
 * the generic fallback. Package-private helpers hold what several parsers share: page chrome, list items, headings,
 * inline markup, tags and difficulty labels.
 */
package dev.prepkit.ingest.parsers;
