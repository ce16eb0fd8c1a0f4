package dev.prepkit.ingest.parsers;

import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.List;

/** A section a parser is still filling: its kind, title and heading lines, and the items found so far. */
final class PendingSection {
    final SectionKind kind;
    final String title;
    final LineRange heading;
    final List<SectionItem> items = new ArrayList<>();

    PendingSection(SectionKind kind, String title, LineRange heading) {
        this.kind = kind;
        this.title = title;
        this.heading = heading;
    }
}
