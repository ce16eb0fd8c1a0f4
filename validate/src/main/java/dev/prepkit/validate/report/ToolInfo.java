package dev.prepkit.validate.report;

/** What the machine-readable reports (JSON, SARIF) say about the tool that wrote them. */
public final class ToolInfo {

    /** The tool's name. */
    public static final String NAME = "prepkit";
    /** The tool's version; keep it in step with the CLI's {@code --version}. */
    public static final String VERSION = "0.1.0";
    /** Where to read about the tool and its rules (SARIF {@code toolComponent.informationUri}). */
    public static final String INFORMATION_URI = "https://prepkit.dev/";

    private ToolInfo() {
    }
}
