/**
 * Readers, one per syntax, each turning a raw document into the block tree of {@code dev.prepkit.ingest.document}.
 * {@link dev.prepkit.ingest.read.Readers} declares them and their detection order in one place.
 */
package dev.prepkit.ingest.read;
