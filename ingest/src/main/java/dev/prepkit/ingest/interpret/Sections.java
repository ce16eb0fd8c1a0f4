package dev.prepkit.ingest.interpret;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/** Collects the non-question blocks under each heading into one section per heading. Not thread-safe. */
final class Sections {

    private final GuideDraft draft;
    private Frame frame;
    private final List<SectionItem> items = new ArrayList<>();

    Sections(GuideDraft draft) {
        this.draft = draft;
    }

    /** Adds an item to the section of the innermost heading. */
    void add(HeadingContext ctx, SectionItem item) {
        Frame here = ctx.innermost();
        if (here != frame) {
            flush();
            frame = here;
        }
        items.add(item);
    }

    /** Writes the collected section to the draft. */
    void flush() {
        if (!items.isEmpty()) {
            SectionKind kind = frame == null ? SectionKind.OTHER : frame.role().sectionKind(frame.text());
            draft.section(kind, frame == null ? null : frame.text(), List.copyOf(items),
                    frame == null ? null : LineRange.of(frame.line()));
            items.clear();
        }
    }
}
