package dev.prepkit.ingest.draft;

import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where every line of one raw document went: kept (and as what) or dropped (and why). A parser fills one
 * ledger per document; lines it never marks are unclassified and get reported, never dropped silently.
 * Not thread-safe: one parser, one document.
 */
public final class LineLedger {

    /**
     * One line's fate.
     *
     * @param line 1-based line number
     * @param text the normalized line
     * @param use where it went, or null when it was dropped or not classified
     * @param dropped why it was dropped, or null
     */
    public record Entry(int line, String text, LineUse use, DropReason dropped) {
        /** Whether no parser rule claimed the line (blank lines are never unclassified). */
        public boolean unclassified() {
            return use == null && dropped == null && !text.isBlank();
        }
    }

    private final RawDocument doc;
    private final LineUse[] uses;
    private final DropReason[] drops;

    /** An empty ledger for a document. */
    public LineLedger(RawDocument doc) {
        this.doc = doc;
        this.uses = new LineUse[doc.lineCount() + 1];
        this.drops = new DropReason[doc.lineCount() + 1];
    }

    /** Marks lines {@code from..to} as kept for {@code use}. A later mark replaces an earlier one. */
    public void keep(int from, int to, LineUse use) {
        for (int i = from; i <= to; i++) {
            uses[i] = use;
            drops[i] = null;
        }
    }

    /** Marks one line as kept for {@code use}. */
    public void keep(int line, LineUse use) {
        keep(line, line, use);
    }

    /** Marks lines {@code from..to} as dropped. */
    public void drop(int from, int to, DropReason reason) {
        for (int i = from; i <= to; i++) {
            drops[i] = reason;
            uses[i] = null;
        }
    }

    /** Marks one line as dropped. */
    public void drop(int line, DropReason reason) {
        drop(line, line, reason);
    }

    /** Every line's fate, in line order. */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>(doc.lineCount());
        for (int i = 1; i <= doc.lineCount(); i++) {
            out.add(new Entry(i, doc.line(i), uses[i], drops[i]));
        }
        return Collections.unmodifiableList(out);
    }

    /** How many non-blank lines were kept. */
    public int keptCount() {
        int n = 0;
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (uses[i] != null && !doc.line(i).isBlank()) {
                n++;
            }
        }
        return n;
    }

    /** How many lines were dropped, by reason. */
    public Map<DropReason, Integer> droppedByReason() {
        Map<DropReason, Integer> out = new EnumMap<>(DropReason.class);
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (drops[i] != null) {
                out.merge(drops[i], 1, Integer::sum);
            }
        }
        return out;
    }

    /** The non-blank lines no rule claimed. */
    public List<Entry> unclassified() {
        List<Entry> out = new ArrayList<>();
        for (int i = 1; i <= doc.lineCount(); i++) {
            if (uses[i] == null && drops[i] == null && !doc.line(i).isBlank()) {
                out.add(new Entry(i, doc.line(i), null, null));
            }
        }
        return List.copyOf(out);
    }
}
