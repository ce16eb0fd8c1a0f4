package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * HTML data tables: a {@code <table>} of at least two rows whose cells hold text and inline markup only. Its header
 * is its first row with a {@code <th>} (else its first row); every other row becomes a TABLE_ROW whose fields map
 * the header cells' text to the row's cells' text. A table used for layout (one row, cells holding lists,
 * headings, code, nested tables or several paragraphs, {@code role="presentation"}) is not a data table: its cells
 * are read as ordinary content.
 */
final class HtmlTables {

    private static final String BLOCK_CONTENT = "table, ul, ol, dl, h1, h2, h3, h4, h5, h6, pre, blockquote, "
            + "details, p + p";

    private HtmlTables() {
    }

    /** Whether a table holds data rather than a page's layout. */
    static boolean isData(Element table) {
        String role = table.attr("role");
        if (role.equals("presentation") || role.equals("none")) {
            return false;
        }
        List<Element> rows = rows(table);
        if (rows.size() < 2) {
            return false;
        }
        for (Element row : rows) {
            for (Element cell : cells(row)) {
                if (cell.selectFirst(BLOCK_CONTENT) != null) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The blocks of a data table: a paragraph of its caption, if any, then the TABLE.
     *
     * @param table a table for which {@link #isData} holds
     */
    static List<Block> blocks(Element table, SourceLines lines) {
        List<Block> out = new ArrayList<>();
        Element caption = table.children().stream().filter(c -> c.normalName().equals("caption")).findFirst()
                .orElse(null);
        if (caption != null) {
            HtmlInline.Inline text = HtmlInline.of(caption);
            if (!text.text().isEmpty()) {
                out.add(new Block(BlockKind.PARAGRAPH, text.text(), lines.of(caption), 0, null, text.marks(), null,
                        null));
            }
        }
        List<Element> rows = rows(table);
        Element header = rows.stream().filter(r -> !r.children().select("th").isEmpty()).findFirst()
                .orElse(rows.get(0));
        List<String> names = ColumnNames.of(texts(header).stream().map(t -> t == null ? "" : t).toList());
        List<Block> children = new ArrayList<>();
        for (Element row : rows) {
            if (row == header) {
                continue;
            }
            List<String> cells = texts(row);
            if (cells.stream().allMatch(c -> c == null || c.isEmpty())) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = i < names.size() ? names.get(i) : ColumnNames.extra(i);
                if (cells.get(i) != null) {
                    fields.put(name, cells.get(i));
                }
            }
            children.add(new Block(BlockKind.TABLE_ROW, "", lines.of(row), 0, null, null, fields, null));
        }
        out.add(new Block(BlockKind.TABLE, "", lines.of(table), 0, null, null, null, children));
        return out;
    }

    /** The table's own rows (not those of tables nested in it), in order. */
    private static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element child : table.children()) {
            switch (child.normalName()) {
                case "tr" -> out.add(child);
                case "thead", "tbody", "tfoot" -> child.children().stream()
                        .filter(r -> r.normalName().equals("tr")).forEach(out::add);
                default -> {
                }
            }
        }
        return out;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th"))
                .toList();
    }

    /**
     * The text of each column of a row: a cell spanning columns ({@code colspan}) gives its text to the first and
     * null to the others.
     */
    private static List<String> texts(Element row) {
        List<String> out = new ArrayList<>();
        for (Element cell : cells(row)) {
            out.add(HtmlInline.of(cell).text());
            int span = 1;
            try {
                span = Math.max(1, Math.min(100, Integer.parseInt(cell.attr("colspan").strip())));
            } catch (NumberFormatException e) {
                span = 1;
            }
            for (int i = 1; i < span; i++) {
                out.add(null);
            }
        }
        return out;
    }
}
