package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads markdown and MDX (CommonMark with GFM tables and YAML front matter, through commonmark-java with source
 * spans) into blocks: headings, paragraphs, lists with their items' markers and depth, tables, code, quotes,
 * HTML blocks (their headings and text read through {@link HtmlFragments}), front matter. Every block carries the
 * raw lines of its source span. Thread-safe.
 */
public final class MarkdownReader implements SyntaxReader {

    private static final Pattern ATX = Pattern.compile("^#{1,6}\\s+\\S.*");
    private static final Pattern LIST_LINE = Pattern.compile("^\\s{0,3}([-*+]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern LAZY_ITEM = Pattern.compile("^\\s*(\\d{1,3}[.)])\\s+(\\S.*)$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]+\\]\\([^)]+\\)|\\*\\*[^*]+\\*\\*|^```");

    private final Parser parser = Parser.builder()
            .extensions(List.of(YamlFrontMatterExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    @Override
    public String name() {
        return "markdown";
    }

    @Override
    public String description() {
        return "markdown and MDX (CommonMark, GFM tables, YAML front matter): headings, lists, paragraphs, code";
    }

    @Override
    public double detect(RawDocument doc) {
        int headings = 0;
        int lists = 0;
        int links = 0;
        int nonBlank = 0;
        for (String l : doc.lines()) {
            if (l.isBlank()) {
                continue;
            }
            nonBlank++;
            if (l.startsWith("#") && ATX.matcher(l).matches()) {
                headings++;
            } else if (LIST_LINE.matcher(l).matches()) {
                lists++;
            }
            if ((l.indexOf('[') >= 0 || l.contains("**") || l.startsWith("```")) && LINK.matcher(l).find()) {
                links++;
            }
        }
        boolean frontMatter = doc.lineCount() > 0 && doc.line(1).strip().equals("---");
        if (frontMatter || headings >= 2 || headings >= 1 && (lists > 0 || links > 0)) {
            return 0.8;
        }
        if (headings == 1 || links >= 2) {
            return 0.6;
        }
        return nonBlank > 0 && lists * 2 >= nonBlank ? 0.4 : 0.1;
    }

    @Override
    public DocumentTree read(RawDocument doc) {
        Node root = parser.parse(String.join("\n", doc.lines()));
        List<Block> blocks = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNext()) {
            convert(n, 0, doc, blocks);
        }
        return new DocumentTree(doc, name(), blocks);
    }

    private void convert(Node node, int depth, RawDocument doc, List<Block> out) {
        LineRange lines = lines(node);
        if (lines == null) {
            return;
        }
        if (node instanceof YamlFrontMatterBlock) {
            out.add(frontMatter(node, lines));
        } else if (node instanceof Heading h) {
            InlineText t = InlineText.of(h);
            out.add(new Block(BlockKind.HEADING, t.text(), lines, h.getLevel(), null, t.marks(), Map.of(), List.of()));
        } else if (node instanceof Paragraph p) {
            paragraph(p, lines, out);
        } else if (node instanceof ListBlock list) {
            List<Block> items = new ArrayList<>();
            int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
            for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListItem li) {
                    items.add(item(li, marker(list, number++), depth, doc));
                }
            }
            out.add(new Block(BlockKind.LIST, "", lines, depth, null, Set.of(), Map.of(), items));
        } else if (node instanceof FencedCodeBlock f) {
            out.add(new Block(BlockKind.CODE, f.getLiteral().strip(), lines, 0, null, Set.of(),
                    f.getInfo() == null || f.getInfo().isBlank() ? Map.of() : Map.of("info", f.getInfo().strip()), List.of()));
        } else if (node instanceof IndentedCodeBlock c) {
            out.add(Block.of(BlockKind.CODE, c.getLiteral().strip(), lines));
        } else if (node instanceof BlockQuote) {
            List<Block> inner = new ArrayList<>();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                convert(c, depth, doc, inner);
            }
            out.add(new Block(BlockKind.QUOTE, "", lines, 0, null, Set.of(), Map.of(), inner));
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(html.getLiteral(), lines, depth, doc, out);
        } else if (node instanceof ThematicBreak) {
            out.add(Block.of(BlockKind.SEPARATOR, "", lines));
        } else if (node instanceof TableBlock) {
            out.add(table(node, lines));
        }
    }

    private Block item(ListItem li, String marker, int depth, RawDocument doc) {
        String text = "";
        Set<Mark> marks = Set.of();
        LineRange all = lines(li);
        int from = all == null ? 1 : all.from();
        int to = from;
        List<Block> children = new ArrayList<>();
        boolean first = true;
        for (Node c = li.getFirstChild(); c != null; c = c.getNext()) {
            if (first && (c instanceof Paragraph || c instanceof Heading)) {
                LineRange own = lines(c);
                List<Block> lazy = c instanceof Paragraph p ? lazyItems(p, own, depth + 1, doc) : List.of();
                InlineText t = InlineText.of(c);
                text = t.text();
                marks = t.marks();
                to = own == null ? from : Math.max(from, own.to());
                if (!lazy.isEmpty()) {
                    // CommonMark reads "12. Topic" then "    19. [E] Question?" as one paragraph (a list may only
                    // interrupt a paragraph when it starts at 1); such lines are the item's numbered sub-items.
                    text = InlineText.fold(doc.line(from).replaceFirst("^\\s*(\\d{1,3}[.)]|[-*+])\\s+", ""));
                    to = from;
                    int start = lazy.get(0).line();
                    children.add(new Block(BlockKind.LIST, "", new LineRange(start, lazy.get(lazy.size() - 1).line()),
                            depth + 1, null, Set.of(), Map.of(), lazy));
                }
            } else {
                convert(c, depth + 1, doc, children);
            }
            first = false;
        }
        return new Block(BlockKind.LIST_ITEM, text, new LineRange(from, to), depth, marker, marks, Map.of(), children);
    }

    /** The lines of a list item's first paragraph after its first that are written as numbered items. */
    private static List<Block> lazyItems(Paragraph p, LineRange own, int depth, RawDocument doc) {
        if (own == null || own.from() == own.to()) {
            return List.of();
        }
        List<Block> items = new ArrayList<>();
        for (int n = own.from() + 1; n <= own.to(); n++) {
            java.util.regex.Matcher m = LAZY_ITEM.matcher(doc.line(n));
            if (!m.matches()) {
                return List.of();
            }
            items.add(new Block(BlockKind.LIST_ITEM, InlineText.fold(m.group(2).replaceAll("\\*\\*|__|`(?=\\s)", "")),
                    LineRange.of(n), depth, m.group(1), Set.of(), Map.of(), List.of()));
        }
        return items;
    }

    /**
     * An HTML block; markdown lines that CommonMark kept inside it (an HTML block runs to the next blank line, so a
     * list right after {@code </center>} is swallowed) are read as markdown again.
     */
    private void htmlBlock(String literal, LineRange lines, int depth, RawDocument doc, List<Block> out) {
        String[] parts = literal.split("\n", -1);
        int lastTag = -1;
        for (int k = 0; k < parts.length; k++) {
            if (parts[k].strip().startsWith("<")) {
                lastTag = k;
            }
        }
        int restFrom = lines.from() + lastTag + 1;
        boolean rest = lastTag >= 0 && restFrom <= lines.to()
                && doc.lines().subList(restFrom - 1, lines.to()).stream().anyMatch(l -> !l.isBlank());
        if (!rest) {
            out.addAll(HtmlFragments.read(literal, lines));
            return;
        }
        out.addAll(HtmlFragments.read(String.join("\n", java.util.Arrays.copyOf(parts, lastTag + 1)),
                new LineRange(lines.from(), restFrom - 1)));
        List<String> tail = doc.lines().subList(restFrom - 1, lines.to());
        int indent = tail.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder("\n".repeat(restFrom - 1));
        for (String l : tail) {
            text.append(l.length() >= indent ? l.substring(indent) : l.strip()).append('\n');
        }
        Node sub = parser.parse(text.toString());
        for (Node n = sub.getFirstChild(); n != null; n = n.getNext()) {
            convert(n, depth, doc, out);
        }
    }

    private static String marker(ListBlock list, int number) {
        if (list instanceof OrderedList o) {
            return number + (o.getMarkerDelimiter() == null ? "." : o.getMarkerDelimiter());
        }
        String bullet = list instanceof BulletList b ? b.getMarker() : null;
        return bullet == null ? "-" : bullet;
    }

    /** A paragraph; one whose lines each end in a question mark is one block per line. */
    private static void paragraph(Paragraph p, LineRange lines, List<Block> out) {
        List<SourceSpan> spans = p.getSourceSpans();
        // Read the whole paragraph before splitting: the splitter moves its inline nodes.
        InlineText whole = InlineText.of(p);
        if (spans.size() > 1) {
            boolean hard = LineSplitter.hasHardBreak(p);
            List<Node> lineNodes = LineSplitter.split(p);
            List<String> texts = lineNodes.stream().map(n -> InlineText.of(n).text()).toList();
            long asking = texts.stream().filter(LineSplitter::endsAsking).count();
            // Lines broken on purpose (<br>, two trailing spaces) that are each short read as separate lines.
            boolean brokenShort = hard
                    && texts.stream().allMatch(t -> t.split("\\s+").length <= 12);
            if ((asking >= 2 || brokenShort) && lineNodes.size() == spans.size()) {
                for (int i = 0; i < lineNodes.size(); i++) {
                    InlineText t = InlineText.of(lineNodes.get(i));
                    if (!t.text().isEmpty()) {
                        out.add(new Block(BlockKind.PARAGRAPH, t.text(), LineRange.of(spans.get(i).getLineIndex() + 1),
                                0, null, t.marks(), Map.of(), List.of()));
                    }
                }
                return;
            }
        }
        InlineText t = whole;
        if (!t.text().isEmpty()) {
            out.add(new Block(BlockKind.PARAGRAPH, t.text(), lines, 0, null, t.marks(), Map.of(), List.of()));
        } else {
            out.add(Block.of(BlockKind.MARKUP, "", lines));
        }
    }

    private static Block frontMatter(Node node, LineRange lines) {
        YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
        node.accept(visitor);
        Map<String, String> fields = new LinkedHashMap<>();
        visitor.getData().forEach((k, v) -> fields.put(k, String.join(", ", v)));
        return new Block(BlockKind.FRONT_MATTER, "", lines, 0, null, Set.of(),
                fields, List.of());
    }

    private static Block table(Node table, LineRange lines) {
        List<String> header = new ArrayList<>();
        List<Block> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell) {
                        cells.add(InlineText.of(cell).text());
                    }
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else {
                    Map<String, String> fields = new LinkedHashMap<>();
                    for (int i = 0; i < cells.size(); i++) {
                        fields.put(i < header.size() && !header.get(i).isBlank() ? header.get(i) : "column " + (i + 1),
                                cells.get(i));
                    }
                    LineRange at = lines(row);
                    rows.add(new Block(BlockKind.TABLE_ROW, String.join(" | ", cells), at == null ? lines : at, 0, null,
                            Set.of(), fields, List.of()));
                }
            }
        }
        return new Block(BlockKind.TABLE, String.join(" | ", header), lines, 0, null, Set.of(), Map.of(), rows);
    }

    /** The 1-based lines of a node's source spans, or null when it has none. */
    static LineRange lines(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        return LineRange.of(spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1);
    }
}
