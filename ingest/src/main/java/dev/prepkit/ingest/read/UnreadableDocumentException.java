package dev.prepkit.ingest.read;

/** A document a reader recognised but cannot make a guide of; the message says why, and {@link #line()} where. */
public final class UnreadableDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * @param line the 1-based raw line the problem is on, or 0 for the whole file
     * @param message what is wrong, for a curator
     */
    public UnreadableDocumentException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based raw line, or 0 for the whole file. */
    public int line() {
        return line;
    }
}
