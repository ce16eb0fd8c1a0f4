/** Benchmarks of the exports on a deterministic synthetic bank; see BENCHMARKS.md. */
package dev.prepkit.export.bench;
