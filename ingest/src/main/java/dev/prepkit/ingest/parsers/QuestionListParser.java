package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.DropReason;
import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.GuideParser;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbered or bulleted question lists under headings, in plain text or markdown-ish text without front matter:
 * {@code ## Behavioral} or {@code Behavioral Questions:} or a short title line, then {@code 1. …}, {@code - …} or
 * {@code • …} items. A heading that names a round ("Round 2: Onsite", "Phone screen") becomes a round of the loop
 * and the round of its questions; any other question heading becomes their category. Headings whose wording names
 * a section (tips, FAQ, red flags, resources) or whose items mostly do not read as questions give section items.
 * Indented sub-items of a question (follow-ups, hints) become its notes.
 */
public final class QuestionListParser implements GuideParser {

    private static final Pattern READ_TIME = Pattern.compile("(?i)\\b(\\d+)\\s*min(?:ute)?s?\\s+read\\b");

    @Override
    public String name() {
        return "question-list";
    }

    @Override
    public String description() {
        return "numbered or bulleted question lists under headings (## Behavioral, 'Behavioral Questions:')";
    }

    @Override
    public double detect(RawDocument doc) {
        if (doc.lineCount() == 0 || ShapeSignals.hasFrontMatter(doc) || ShapeSignals.isMdx(doc)
                || ShapeSignals.hasQaPairs(doc) || ShapeSignals.hasPipeTable(doc) || Lines.count(doc, "\u2022") > 0) {
            return 0;
        }
        ListOutline outline = ListOutline.of(doc);
        int groups = 0;
        int items = 0;
        int prompts = 0;
        int covered = 0;
        int content = 0;
        for (ListOutline.Entry e : outline.entries()) {
            switch (e.kind()) {
                case HEADING -> {
                    covered++;
                    content++;
                    List<ListOutline.Entry> under = outline.itemsUnder(e);
                    if (e.level() >= 2 && !under.isEmpty()) {
                        groups++;
                        items += under.size();
                        prompts += (int) under.stream().filter(i -> Prompts.isPrompt(InlineText.plain(i.text()))).count();
                    }
                }
                case ITEM -> {
                    covered++;
                    content++;
                }
                case TEXT -> content++;
                default -> {
                    // blank lines, rules and page chrome say nothing about the shape
                }
            }
        }
        if (groups == 0 || items < 3 || prompts * 2 < items || content == 0) {
            return 0;
        }
        double coverage = (double) covered / content;
        if (items >= 4 && coverage >= 0.5) {
            return 0.92;
        }
        return coverage >= 0.3 ? 0.5 : 0;
    }

    @Override
    public ParsedGuide parse(RawDocument doc, String guideId) {
        GuideDraft draft = new GuideDraft(doc, name());
        new Walk(doc, draft, ListOutline.of(doc)).run();
        return draft.build(guideId);
    }

    /** A question being read: it ends at the next item, heading or paragraph. */
    private static final class Pending {
        final String category;
        final String round;
        final int indent;
        final int from;
        int to;
        String text;
        Difficulty difficulty;
        final List<String> notes = new ArrayList<>();

        Pending(String text, String category, String round, int indent, int line) {
            InlineText.Rated rated = InlineText.rated(InlineText.plain(text));
            this.text = Prompts.stripQuotes(rated.text());
            this.difficulty = rated.difficulty();
            this.category = category;
            this.round = round;
            this.indent = indent;
            this.from = line;
            this.to = line;
        }
    }

    /** Walks the outline in order, keeping the heading context. */
    private static final class Walk {
        private final RawDocument doc;
        private final GuideDraft draft;
        private final ListOutline outline;
        private final Map<String, PendingSection> sections = new LinkedHashMap<>();
        private String round;
        private int roundLevel = Integer.MAX_VALUE;
        private String category;
        private int categoryLevel = Integer.MAX_VALUE;
        /** The section of the current heading, or null when it heads questions. */
        private PendingSection section;
        private int sectionLevel = Integer.MAX_VALUE;
        /** Where paragraphs under a question heading go. */
        private PendingSection notes;
        private boolean headed;
        private boolean related;
        private Pending pending;
        private boolean summaryDone;
        private boolean titled;

        Walk(RawDocument doc, GuideDraft draft, ListOutline outline) {
            this.doc = doc;
            this.draft = draft;
            this.outline = outline;
        }

        void run() {
            int previous = 0;
            for (ListOutline.Entry e : outline.entries()) {
                if (e.kind() == ListOutline.Kind.BLANK) {
                    related = false;
                    continue;
                }
                boolean adjacent = previous == e.line() - 1;
                previous = e.line();
                if (related && e.kind() != ListOutline.Kind.HEADING) {
                    draft.ledger().drop(e.line(), DropReason.NAVIGATION);
                    continue;
                }
                switch (e.kind()) {
                    case CHROME -> {
                        close();
                        draft.ledger().drop(e.line(), PageChrome.of(GluedLabels.split(e.text())
                                .map(GluedLabels.Split::content).orElse(e.text())).orElseThrow());
                    }
                    case RULE -> {
                        close();
                        draft.ledger().keep(e.line(), LineUse.STRUCTURE);
                    }
                    case HEADING -> heading(e);
                    case ITEM -> item(e);
                    default -> text(e, adjacent);
                }
            }
            close();
            for (PendingSection acc : sections.values()) {
                if (!acc.items.isEmpty()) {
                    draft.section(acc.kind, acc.title, acc.items, acc.heading);
                }
            }
        }

        private void heading(ListOutline.Entry e) {
            close();
            related = false;
            int level = e.level();
            if (PageChrome.isRelatedHeading(e.text())) {
                related = true;
                draft.ledger().drop(e.line(), DropReason.NAVIGATION);
                return;
            }
            if (level == 1) {
                titled = true;
                draft.title(Headings.clean(e.text()));
                draft.ledger().keep(e.line(), LineUse.METADATA);
                clearFrom(1);
                return;
            }
            headed = true;
            clearFrom(level);
            List<ListOutline.Entry> under = outline.itemsUnder(e);
            boolean prompts = ListOutline.mostlyPrompts(under);
            String title = Headings.clean(e.text());
            Headings.Type type = Headings.type(e.text());
            if (type == Headings.Type.ROUND && (under.isEmpty() || prompts)) {
                draft.round(title, null, null, null, null, LineRange.of(e.line()));
                round = title;
                roundLevel = level;
                notes = null;
            } else if (type == Headings.Type.QUESTIONS || type == Headings.Type.AMBIGUOUS && (under.isEmpty() || prompts)) {
                String c = Headings.category(e.text());
                if (c != null) {
                    category = c;
                    categoryLevel = level;
                }
                notes = null;
                draft.ledger().keep(e.line(), LineUse.HEADING);
            } else {
                SectionKind kind = type == Headings.Type.ROUND ? SectionKind.PROCESS
                        : Headings.sectionKind(e.text(), SectionKind.OTHER);
                section = sections.computeIfAbsent(kind + "|" + title,
                        k -> new PendingSection(kind, title, LineRange.of(e.line())));
                sectionLevel = level;
                draft.ledger().keep(e.line(), LineUse.HEADING);
            }
        }

        /** Leaves the contexts opened at {@code level} or deeper. */
        private void clearFrom(int level) {
            if (roundLevel >= level) {
                round = null;
                roundLevel = Integer.MAX_VALUE;
            }
            if (categoryLevel >= level) {
                category = null;
                categoryLevel = Integer.MAX_VALUE;
            }
            if (sectionLevel >= level) {
                section = null;
                sectionLevel = Integer.MAX_VALUE;
            }
            notes = null;
        }

        private void item(ListOutline.Entry e) {
            if (pending != null && e.indent() > pending.indent) {
                pending.notes.add(InlineText.plain(e.text()));
                pending.to = e.line();
                return;
            }
            close();
            String text = InlineText.plain(e.text());
            if (section != null) {
                section.items.add(SectionItem.text(InlineText.withMarker(e.text()), LineRange.of(e.line())));
            } else if (headed || Prompts.isPrompt(text)) {
                pending = new Pending(e.text(), category, round, e.indent(), e.line());
            } else {
                other(null).items.add(SectionItem.text(text, LineRange.of(e.line())));
            }
        }

        private void text(ListOutline.Entry e, boolean adjacent) {
            if (e.indent() == 0 && PageChrome.isRelatedHeading(e.text())) {
                close();
                related = true;
                draft.ledger().drop(e.line(), DropReason.NAVIGATION);
                return;
            }
            var split = GluedLabels.split(e.text());
            String text = InlineText.plain(split.map(GluedLabels.Split::content).orElse(e.text()));
            if (split.isPresent()) {
                draft.info("glued-label", e.line(), "navigation label '" + split.get().label()
                        + "' split off the content");
            }
            if (pending != null && adjacent && e.indent() > 0) {
                if (pending.notes.isEmpty()) {
                    pending.text = pending.text + " " + text;
                } else {
                    pending.notes.set(pending.notes.size() - 1, pending.notes.get(pending.notes.size() - 1) + " " + text);
                }
                pending.to = e.line();
                return;
            }
            close();
            if (!headed) {
                intro(e, text);
            } else if (section != null) {
                section.items.add(SectionItem.text(text, LineRange.of(e.line())));
            } else {
                if (notes == null) {
                    String title = category != null ? category : round;
                    notes = other(title);
                }
                notes.items.add(SectionItem.text(text, LineRange.of(e.line())));
            }
        }

        /** A line above the first heading: byline, title, summary, or a note. */
        private void intro(ListOutline.Entry e, String text) {
            Matcher m = READ_TIME.matcher(text);
            if (m.find()) {
                draft.fact("readMinutes", Integer.parseInt(m.group(1)));
                draft.ledger().keep(e.line(), LineUse.METADATA);
            } else if (!summaryDone && !titled && Lines.isTitle(text)) {
                titled = true;
                draft.title(text);
                draft.ledger().keep(e.line(), LineUse.METADATA);
            } else if (!summaryDone && text.length() >= 60) {
                summaryDone = true;
                draft.fact("summary", text);
                draft.ledger().keep(e.line(), LineUse.METADATA);
            } else {
                other(null).items.add(SectionItem.text(text, LineRange.of(e.line())));
            }
        }

        private PendingSection other(String title) {
            return sections.computeIfAbsent(SectionKind.OTHER + "|" + title + "|notes",
                    k -> new PendingSection(SectionKind.OTHER, title, null));
        }

        private void close() {
            if (pending == null) {
                return;
            }
            Pending p = pending;
            pending = null;
            draft.question(p.text, null, p.category, p.round, p.difficulty, List.of(),
                    p.notes.isEmpty() ? null : String.join("\n", p.notes), new LineRange(p.from, p.to));
        }
    }
}
