package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GluedLabels;
import dev.prepkit.ingest.draft.Prompts;
import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The outline of a question-list page: which lines are headings (ATX, colon labels, or short titles right above a
 * list) and which are list items, plus the page chrome. Shared by the question-list detector and the one-per-line
 * detector, which steps back when a page has headed lists.
 */
final class ListOutline {

    /** What a line is, judged without context beyond the next non-blank line. */
    enum Kind { BLANK, CHROME, RULE, HEADING, ITEM, TEXT }

    /** The level plain-text label headings get: below every ATX level. */
    static final int LABEL_LEVEL = 7;

    /**
     * One line of the outline.
     *
     * @param line 1-based line number
     * @param kind what it is
     * @param level the heading level (1-6 ATX, {@link #LABEL_LEVEL} for a label), else 0
     * @param text the heading text, the item text, or the stripped line; never null
     * @param indent the item's indent, or the line's leading spaces
     */
    record Entry(int line, Kind kind, int level, String text, int indent) {
    }

    private final List<Entry> entries;

    private ListOutline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The outline of a document. */
    static ListOutline of(RawDocument doc) {
        List<Entry> out = new ArrayList<>();
        for (int n = 1; n <= doc.lineCount(); n++) {
            out.add(entry(doc, n));
        }
        return new ListOutline(out);
    }

    private static Entry entry(RawDocument doc, int n) {
        String line = doc.line(n);
        String s = line.strip();
        int indent = line.length() - line.stripLeading().length();
        if (s.isEmpty()) {
            return new Entry(n, Kind.BLANK, 0, "", 0);
        }
        String content = GluedLabels.split(s).map(GluedLabels.Split::content).orElse(s);
        if (PageChrome.of(content).isPresent()) {
            return new Entry(n, Kind.CHROME, 0, s, indent);
        }
        if (s.matches("^([-*_=])(\\s*\\1){2,}$")) {
            return new Entry(n, Kind.RULE, 0, s, indent);
        }
        var atx = Headings.atx(s);
        if (atx.isPresent() && indent == 0) {
            return new Entry(n, Kind.HEADING, atx.get().level(), atx.get().text(), 0);
        }
        var item = ListItems.parse(line);
        if (item.isPresent()) {
            return new Entry(n, Kind.ITEM, 0, item.get().text(), item.get().indent());
        }
        if (Headings.isLabel(line) || indent == 0 && Lines.isTitle(InlineText.plain(s))
                && !Prompts.isPrompt(InlineText.plain(s)) && nextIsTopItem(doc, n)) {
            return new Entry(n, Kind.HEADING, LABEL_LEVEL, s, 0);
        }
        return new Entry(n, Kind.TEXT, 0, s, indent);
    }

    private static boolean nextIsTopItem(RawDocument doc, int n) {
        int next = Lines.nextNonBlank(doc, n + 1);
        if (next <= n || next > doc.lineCount()) {
            return false;
        }
        return ListItems.parse(doc.line(next)).map(i -> i.indent() <= 1).orElse(false);
    }

    /** Every line's entry, in order; index 0 is line 1. */
    List<Entry> entries() {
        return entries;
    }

    /** The entry of a 1-based line. */
    Entry at(int line) {
        return entries.get(line - 1);
    }

    /** The top-level items between a heading and the next heading. */
    List<Entry> itemsUnder(Entry heading) {
        List<Entry> out = new ArrayList<>();
        for (int i = heading.line(); i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.kind() == Kind.HEADING) {
                break;
            }
            if (e.kind() == Kind.ITEM && e.indent() <= 1) {
                out.add(e);
            }
        }
        return out;
    }

    /** Whether most of the given items read as questions or prompts. */
    static boolean mostlyPrompts(List<Entry> items) {
        if (items.isEmpty()) {
            return false;
        }
        long prompts = items.stream().filter(e -> Prompts.isPrompt(InlineText.plain(e.text()))).count();
        return prompts * 2 >= items.size();
    }

    /** Whether at least one heading (other than a title) has list items right under it. */
    boolean hasHeadedList() {
        return entries.stream().anyMatch(e -> e.kind() == Kind.HEADING && e.level() >= 2 && !itemsUnder(e).isEmpty());
    }
}
