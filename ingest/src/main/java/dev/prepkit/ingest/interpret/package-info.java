/**
 * The interpreter: one pass over a block tree with a heading context, a scored question classifier with named
 * features, round recognition and the ledger's audit. {@link dev.prepkit.ingest.interpret.DocumentParser} joins a
 * reader and the interpreter into a format.
 */
package dev.prepkit.ingest.interpret;
