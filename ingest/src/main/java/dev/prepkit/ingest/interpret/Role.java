package dev.prepkit.ingest.interpret;

import dev.prepkit.model.SectionKind;
import java.util.Locale;

/** What a heading (or a label line that acts as one) says the blocks under it are. */
enum Role {
    /** A table of contents: link-only items under it are dropped. */
    TOC,
    /** Questions the candidate asks the interviewer: a section, never interview questions. */
    ASK_INTERVIEWER,
    /** A hiring-process FAQ: a section, never interview questions. */
    FAQ,
    /** A part with no interview questions (references, tips, conclusion …). */
    NO_QUESTIONS,
    /** The interview process: its list items may be rounds. */
    PROCESS,
    /** One interview round. */
    ROUND,
    /** A part that lists questions ("Coding round questions", "SQL Problems"). */
    QUESTIONS,
    /** A topic heading ("SQL", "Facebook"): the category of the questions under it. */
    CATEGORY,
    /** The heading is itself a question; the blocks under it are its answer. */
    QUESTION;

    /** The section kind of the non-question blocks under a heading of this role. */
    SectionKind sectionKind(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        return switch (this) {
            case FAQ, ASK_INTERVIEWER -> SectionKind.FAQ;
            case PROCESS, ROUND -> SectionKind.PROCESS;
            case NO_QUESTIONS -> h.matches(".*\\b(tips?|advice|prep\\w*)\\b.*") ? SectionKind.TIPS
                    : h.contains("red flag") ? SectionKind.RED_FLAGS
                    : h.contains("timeline") ? SectionKind.TIMELINE
                    : h.matches(".*\\b(criteria|evaluation|look for)\\b.*") ? SectionKind.FOCUS_AREAS
                    : SectionKind.OTHER;
            default -> h.matches(".*\\b(values?|culture|principles?)\\b.*") ? SectionKind.VALUES
                    : h.matches(".*\\b(topics?|syllabus)\\b.*") ? SectionKind.TOPICS : SectionKind.OTHER;
        };
    }

    /** Whether blocks under a heading of this role may be interview questions. */
    boolean mayHoldQuestions() {
        return this != TOC && this != ASK_INTERVIEWER && this != FAQ && this != NO_QUESTIONS;
    }
}
