package dev.prepkit.ingest.parsers;

import dev.prepkit.ingest.draft.GuideDraft;
import dev.prepkit.ingest.draft.LineUse;
import dev.prepkit.ingest.document.RawDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ---} front matter of a markdown or MDX page, read as flat {@code key: value} lines (quotes removed):
 * enough for the facts a guide takes from it (company, role, title, date, updated).
 *
 * @param values the values by lower-case key; never null
 * @param end the line of the closing {@code ---}, or 0 when the page has no front matter
 */
record FrontMatter(Map<String, String> values, int end) {

    FrontMatter {
        values = Map.copyOf(values);
    }

    /** The front matter of a document; empty (end 0) when it has none. */
    static FrontMatter of(RawDocument doc) {
        if (!ShapeSignals.hasFrontMatter(doc)) {
            return new FrontMatter(Map.of(), 0);
        }
        Map<String, String> values = new LinkedHashMap<>();
        int n = 2;
        for (; n <= doc.lineCount() && !doc.line(n).strip().equals("---"); n++) {
            String line = doc.line(n);
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
                String value = line.substring(colon + 1).strip().replaceAll("^([\"'])(.*)\\1$", "$2");
                values.putIfAbsent(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), value);
            }
        }
        return new FrontMatter(values, n);
    }

    /** Whether the front matter gives a summary ({@code description}). */
    boolean hasSummary() {
        return values.get("description") != null && !values.get("description").isBlank();
    }

    /** Marks the block as front matter and gives the draft its company, role, title and dates. */
    void apply(GuideDraft draft) {
        if (end == 0) {
            return;
        }
        draft.ledger().keep(1, end, LineUse.FRONT_MATTER);
        draft.company(values.get("company"));
        draft.role(values.get("role"));
        draft.title(values.get("title"));
        draft.fact("summary", blankToNull(values.get("description")));
        draft.fact("published", isoDate(values.get("date")));
        draft.fact("updated", isoDate(values.get("updated")));
    }

    private static String isoDate(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
