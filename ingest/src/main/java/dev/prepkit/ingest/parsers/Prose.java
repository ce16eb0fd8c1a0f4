package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text around a page's questions, for the parsers whose shape is not prose: page chrome and "related" link
 * blocks are dropped, glued navigation labels split off, the first lines give the title, reading time and summary,
 * and everything else becomes section items under the heading it is under. Not thread-safe: one per parse.
 */
final class Prose {

    private static final Pattern READ_TIME = Pattern.compile("(?i)\\b(\\d+)\\s*min(?:ute)?s?\\s+read\\b");

    /** A section being filled. */
    private static final class Acc {
        final SectionKind kind;
        final String title;
        LineRange heading;
        final List<SectionItem> items = new ArrayList<>();

        Acc(SectionKind kind, String title) {
            this.kind = kind;
            this.title = title;
        }
    }

    private final GuideDraft draft;
    private final Map<String, Acc> sections = new LinkedHashMap<>();
    private boolean related;
    private boolean titled;
    private boolean summaryDone;

    Prose(GuideDraft draft) {
        this.draft = draft;
    }

    /** A blank line: it ends a "related" link block. */
    void blank() {
        related = false;
    }

    /**
     * Drops the line when it is page chrome or part of a "related" link block.
     *
     * @param n the line number
     * @param line the stripped line
     * @return whether the line was dropped
     */
    boolean dropChrome(int n, String line) {
        if (related) {
            draft.ledger().drop(n, DropReason.NAVIGATION);
            return true;
        }
        if (PageChrome.isRelatedHeading(line)) {
            related = true;
            draft.ledger().drop(n, DropReason.NAVIGATION);
            return true;
        }
        String content = GluedLabels.split(line).map(GluedLabels.Split::content).orElse(line);
        Optional<DropReason> reason = PageChrome.of(content);
        reason.ifPresent(r -> draft.ledger().drop(n, r));
        return reason.isPresent();
    }

    /** The line's content without a glued navigation label (noted as a finding) and without markup. */
    String content(int n, String line) {
        var split = GluedLabels.split(line);
        split.ifPresent(s -> draft.info("glued-label", n, "navigation label '" + s.label() + "' split off the content"));
        String s = split.map(GluedLabels.Split::content).orElse(line);
        s = ListItems.parse(s).map(ListItems.Item::text).orElse(s).replaceFirst("^>\\s*", "");
        return InlineText.withMarker(s);
    }

    /** Notes that the summary was taken elsewhere (front matter): a long intro line is then a note. */
    void summaryTaken() {
        summaryDone = true;
    }

    /** Whether a title line was kept. */
    boolean titled() {
        return titled;
    }

    /** Keeps a line as the guide's title. */
    void title(int n, String text) {
        titled = true;
        draft.title(text);
        draft.ledger().keep(n, LineUse.METADATA);
    }

    /** A line above the first heading or question: reading time, title, summary, or a note. */
    void intro(int n, String text) {
        Matcher m = READ_TIME.matcher(text);
        if (m.find() && text.length() <= 120) {
            draft.fact("readMinutes", Integer.parseInt(m.group(1)));
            draft.ledger().keep(n, LineUse.METADATA);
        } else if (!titled && !summaryDone && Lines.isTitle(text)) {
            title(n, text);
        } else if (!summaryDone && text.length() >= 60) {
            summaryDone = true;
            draft.fact("summary", text);
            draft.ledger().keep(n, LineUse.METADATA);
        } else {
            item(n, n, text, SectionKind.OTHER, null);
        }
    }

    /** Keeps a heading line as the heading of a section of the given kind and title. */
    void heading(int n, SectionKind kind, String title) {
        Acc acc = acc(kind, title);
        if (acc.heading == null) {
            acc.heading = LineRange.of(n);
        }
        draft.ledger().keep(n, LineUse.HEADING);
    }

    /** Adds a section item of lines {@code from..to} to the section of that kind and title. */
    void item(int from, int to, String text, SectionKind kind, String title) {
        acc(kind, title).items.add(SectionItem.text(text, new LineRange(from, to)));
    }

    /** Adds an item with an answer (a question-and-answer pair) of lines {@code from..to}. */
    void pair(int from, int to, String text, String answer, SectionKind kind, String title) {
        acc(kind, title).items.add(new SectionItem(null, text, answer, new LineRange(from, to)));
    }

    private Acc acc(SectionKind kind, String title) {
        return sections.computeIfAbsent(kind + "|" + title, k -> new Acc(kind, title));
    }

    /** Adds the sections that have items to the draft. */
    void emit() {
        for (Acc acc : sections.values()) {
            if (!acc.items.isEmpty()) {
                draft.section(acc.kind, acc.title, acc.items, acc.heading);
            }
        }
    }
}
