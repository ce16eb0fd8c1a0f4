package dev.prepkit.cli;

/** The exit codes of {@code prepkit}. */
public enum ExitCode {
    /** Done, no errors found. */
    OK(0),
    /** Done, and findings at or above the fail level were found (by default: errors). */
    FINDINGS(1),
    /** A usage error, or input that could not be read. */
    USAGE_OR_INPUT(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** The process exit code. */
    public int code() {
        return code;
    }

    /** The worse of two outcomes. */
    public ExitCode worst(ExitCode other) {
        return other.code > code ? other : this;
    }
}
