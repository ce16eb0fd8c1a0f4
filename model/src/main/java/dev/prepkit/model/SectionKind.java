package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a {@link Section} holds. Written in YAML in kebab case ({@code red-flags}). */
public enum SectionKind {
    /** Company values or culture principles. */
    VALUES,
    /** Preparation tips. */
    TIPS,
    /** Frequently asked questions about the hiring process, with answers; not interview questions. */
    FAQ,
    /** Behaviours to avoid. */
    RED_FLAGS,
    /** Behaviours to show; what the company values most. */
    SUCCESS_FACTORS,
    /** Facts about the hiring process. */
    PROCESS,
    /** What interviewers look at in a round or focus area. */
    FOCUS_AREAS,
    /** Recurring interview themes. */
    THEMES,
    /** Answer templates (story structures); not interview questions. */
    STORY_TEMPLATES,
    /** Expectations per level (L5, L6 …). */
    LEVELS,
    /** A preparation timeline. */
    TIMELINE,
    /** Topics to study. */
    TOPICS,
    /** Answer paragraphs whose questions were lost in the scrape. */
    ORPHAN_ANSWERS,
    /** Anything else worth keeping. */
    OTHER;

    /** The YAML form, e.g. {@code red-flags}. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @throws IllegalArgumentException when the label names no kind
     */
    @JsonCreator
    public static SectionKind of(String label) {
        for (SectionKind k : values()) {
            if (k.label().equals(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown section kind '" + label + "'");
    }
}
