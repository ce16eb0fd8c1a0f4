/**
 * One {@link dev.prepkit.ingest.GuideParser} per source shape: round list, question-bank page, markdown, landing
 * page, article, and the generic fallback.
 */
package dev.prepkit.ingest.parsers;
