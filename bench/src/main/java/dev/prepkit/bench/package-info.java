/**
 * Prepkit's benchmarks and quality measurements, outside {@code prepkit.jar}: the runnable
 * {@code bench/target/prepkit-bench.jar} with one entry point, {@link dev.prepkit.bench.Bench}, whose subcommands are
 * the validation benchmark ({@link dev.prepkit.bench.ValidateBenchmark} on corpora made by
 * {@link dev.prepkit.bench.SyntheticCorpus}, scored by {@link dev.prepkit.bench.GroundTruth}) and the ingest
 * measurements of {@link dev.prepkit.bench.ingest}. BENCHMARKS.md has the commands and the figures.
 */
package dev.prepkit.bench;
