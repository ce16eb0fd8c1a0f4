/**
 * The {@code prepkit} command line (picocli): the only module that wires ingest, validate and export together.
 * {@link dev.prepkit.cli.Prepkit#run} returns an {@link dev.prepkit.cli.ExitCode}'s code.
 */
package dev.prepkit.cli;
