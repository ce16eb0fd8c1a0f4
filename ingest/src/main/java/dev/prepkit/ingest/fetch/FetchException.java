package dev.prepkit.ingest.fetch;

/**
 * A page that could not be fetched or stored. The message is one line for the curator, without the URL (the
 * caller names it): {@code HTTP 404 Not Found}, {@code timed out after 20 s}, {@code not text: the server says
 * image/png}.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    /** An exception with the curator's message. */
    public FetchException(String message) {
        super(message);
    }

    /** An exception with the curator's message and the low-level cause, for debugging only. */
    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
