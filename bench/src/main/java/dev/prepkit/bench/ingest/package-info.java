/**
 * Ingest measurements: quality against a corpus with hand-checked truth ({@link dev.prepkit.bench.ingest.IngestEval},
 * matching by {@link dev.prepkit.bench.ingest.QuestionMatcher} and {@link dev.prepkit.bench.ingest.RoundMatcher})
 * and speed on a generated raw corpus ({@link dev.prepkit.bench.ingest.IngestSpeed},
 * {@link dev.prepkit.bench.ingest.RawCorpus}). Both reach the ingest library through one adapter,
 * {@link dev.prepkit.bench.ingest.IngestLibrary}, so that a change of the ingest API changes one class here.
 */
package dev.prepkit.bench.ingest;
