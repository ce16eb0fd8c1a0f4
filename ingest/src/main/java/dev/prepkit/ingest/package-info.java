/**
 * Raw scraped text to guides: {@link dev.prepkit.ingest.Ingestor} reads raw files, the
 * {@link dev.prepkit.ingest.FormatDetector} picks a {@link dev.prepkit.ingest.draft.GuideParser} by content, the parser
 * fills a {@link dev.prepkit.ingest.draft.GuideDraft} and accounts for every line in a
 * {@link dev.prepkit.ingest.draft.LineLedger}, and {@link dev.prepkit.ingest.GuideMerger} merges a fresh ingest into a
 * curated guide without losing the curator's work. {@code dev.prepkit.ingest.fetch} fetches pages named by URL into
 * the raw tree first.
 */
package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineLedger;
