package dev.prepkit.ingest.draft;

/** Why a raw line is not in the guide. A fixed, small set: every dropped line names one. */
public enum DropReason {
    /** Site navigation or a call to action ("Start a mock interview", "Ready to Join Netflix?"). */
    NAVIGATION,
    /** A line the page repeats around its content ("All interviews are private …"). */
    BOILERPLATE,
    /** A table of contents: it only repeats the headings. */
    TABLE_OF_CONTENTS,
    /** A widget of the page ("Difficulty Radar", "~30 seconds to set up"). */
    PAGE_WIDGET,
    /** A heading that repeats one already kept. */
    DUPLICATE_HEADING;

    /** The report form, e.g. {@code table-of-contents}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
