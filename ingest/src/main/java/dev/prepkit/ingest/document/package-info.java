/**
 * The block tree: the one shape every raw document is read into, whatever its syntax (markdown, HTML, CSV, JSON,
 * plain text). Readers in {@code dev.prepkit.ingest.read} make it; the interpreter in
 * {@code dev.prepkit.ingest.interpret} turns it into a guide. Every block carries the raw lines it came from.
 */
package dev.prepkit.ingest.document;
