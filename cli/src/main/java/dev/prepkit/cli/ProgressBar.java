package dev.prepkit.cli;

import java.io.PrintStream;
import java.util.function.IntConsumer;

/**
 * A progress bar for long runs, drawn on the terminal's standard error: {@code validate [######    ] 1200/2000}.
 * It draws only when standard error is a terminal and CI is not set (so nothing of it lands in redirected output or
 * CI logs), only for
 * runs of at least {@link #MIN_TOTAL} items, and at most ten times a second; {@link #close} erases it.
 */
final class ProgressBar implements IntConsumer, AutoCloseable {

    /** Runs with fewer items finish before a bar would help. */
    static final int MIN_TOTAL = 200;

    private static final int WIDTH = 30;

    private final String label;
    private final int total;
    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(String label, int total, PrintStream err, boolean enabled) {
        this.label = label;
        this.total = total;
        this.err = err;
        this.enabled = enabled;
    }

    /** A bar for {@code total} items, drawn on standard error when there is a console and no CI. */
    static ProgressBar of(String label, int total) {
        boolean terminal = stderrIsTerminal() && System.getenv("CI") == null;
        return new ProgressBar(label, total, System.err, terminal && total >= MIN_TOTAL);
    }

    /**
     * Whether standard error is a terminal: on Linux, whether file descriptor 2 is a tty device; elsewhere,
     * whether the process has a console.
     */
    static boolean stderrIsTerminal() {
        try {
            String target = java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    @Override
    public void accept(int done) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) ((long) WIDTH * done / Math.max(1, total));
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 24) + "\r");
            err.flush();
        }
    }
}
