/**
 * Page patterns plugged into the interpreter: layouts that span several sibling blocks (a question-bank card).
 * Each pattern is one class implementing {@link dev.prepkit.ingest.interpret.patterns.BlockPattern}, registered in
 * {@link dev.prepkit.ingest.interpret.patterns.Patterns}.
 */
package dev.prepkit.ingest.interpret.patterns;
