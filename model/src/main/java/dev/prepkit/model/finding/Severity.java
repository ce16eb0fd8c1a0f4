package dev.prepkit.model.finding;

import java.util.Locale;

/** How serious a finding is, lowest first. */
public enum Severity {
    INFO, WARNING, ERROR;

    /** The report form, lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
