package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.Mark;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Walks an HTML body in document order and makes its blocks: headings, paragraphs (a {@code <p>}, or a run of text
 * and inline elements loose in a {@code <div>}, split at {@code <br>}), lists with their items, tables, code, quotes,
 * and the question and answer blocks that {@code <dl>}, {@code <details>} and schema.org microdata mark.
 *
 * <p>The walk keeps its own stack of open elements instead of recursing, so that however deep the page nests, it
 * never overflows the call stack. Every block's lines come from the source positions jsoup tracked.
 */
final class HtmlBlocks {

    /** Elements that flow inside a line of text. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite",
            "code", "data", "del", "dfn", "em", "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "s",
            "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr");
    /** Elements with no text worth reading at block level. */
    private static final Set<String> IGNORED = Set.of("img", "picture", "video", "audio", "canvas", "input",
            "select", "textarea", "object", "embed", "map", "head", "title", "meta", "link", "base", "source",
            "track");

    /** What an open element becomes when it closes. */
    private enum Role {
        /** Its blocks join its parent's (a div, a section, a layout table). */
        CONTAINER,
        /** A LIST of its items. */
        LIST,
        /** A LIST_ITEM. */
        ITEM,
        /** A QUOTE of its blocks. */
        QUOTE,
        /** Its blocks join its parent's, marked as answers unless they are its summary. */
        DETAILS,
        /** Its blocks join its parent's, marked as answers ({@code <dd>}). */
        ANSWER
    }

    /** An element being walked: where the walk is in its children and what it has made so far. */
    private static final class Open {
        final Element element;
        final Role role;
        /** The nesting depth of lists opened inside this element. */
        final int listDepth;
        final List<Block> out = new ArrayList<>();
        final List<Node> run = new ArrayList<>();
        int next;
        /** A list item's level and marker. */
        int level;
        String marker;
        /** An ordered list's numbering. */
        ListNumbering numbering;

        Open(Element element, Role role, int listDepth) {
            this.element = element;
            this.role = role;
            this.listDepth = listDepth;
        }
    }

    private final SourceLines lines;
    private final Set<Element> holdsBlocks = Collections.newSetFromMap(new IdentityHashMap<>());

    /**
     * @param lines the source lines of the parsed page; never null
     */
    HtmlBlocks(SourceLines lines) {
        this.lines = lines;
    }

    /** Whether an element flows inside a line of text. */
    static boolean inline(Element e) {
        return INLINE.contains(e.normalName());
    }

    /**
     * The blocks of an element's content, in document order.
     *
     * @param root the element to walk (a page's body); its own tag makes no block
     */
    List<Block> read(Element root) {
        markBlockHolders(root);
        Deque<Open> stack = new ArrayDeque<>();
        Open top = new Open(root, Role.CONTAINER, 0);
        stack.push(top);
        while (true) {
            Open f = stack.peek();
            if (f.next < f.element.childNodeSize()) {
                Open child = visit(f, f.element.childNode(f.next++));
                if (child != null) {
                    stack.push(child);
                }
                continue;
            }
            flush(f);
            stack.pop();
            if (stack.isEmpty()) {
                return f.out;
            }
            close(f, stack.peek());
        }
    }

    /** Notes every element that holds a block-level element, so that an inline one that does is walked into. */
    private void markBlockHolders(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node != root && node instanceof Element e && e.parent() != null
                        && (!inline(e) || holdsBlocks.contains(e) || Microdata.markOf(e) != null)) {
                    holdsBlocks.add(e.parent());
                }
            }
        }, root);
    }

    /** Takes one child node of an open element; returns the element to walk into, if any. */
    private Open visit(Open f, Node node) {
        if (node instanceof TextNode) {
            f.run.add(node);
            return null;
        }
        if (!(node instanceof Element e)) {
            return null;
        }
        Mark marked = Microdata.markOf(e);
        if (marked != null) {
            flush(f);
            leaf(f, BlockKind.PARAGRAPH, e, marked);
            return null;
        }
        String tag = e.normalName();
        if (tag.equals("br") && f.role == Role.CONTAINER) {
            flush(f);
            return null;
        }
        if (inline(e) && !holdsBlocks.contains(e)) {
            f.run.add(e);
            return null;
        }
        flush(f);
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(f, e, tag.charAt(1) - '0');
            case "p", "figcaption", "caption", "address", "legend" -> leaf(f, BlockKind.PARAGRAPH, e, null);
            case "dt", "summary" -> leaf(f, BlockKind.PARAGRAPH, e, Mark.MARKED_QUESTION);
            case "pre", "xmp", "listing", "plaintext" -> code(f, e);
            case "hr" -> f.out.add(Block.of(BlockKind.SEPARATOR, "", lines.of(e)));
            case "table" -> {
                if (HtmlTables.isData(e)) {
                    f.out.addAll(HtmlTables.blocks(e, lines));
                    return null;
                }
                return new Open(e, Role.CONTAINER, f.listDepth);
            }
            case "ul", "ol", "menu", "dir" -> {
                Open list = new Open(e, Role.LIST, f.listDepth + 1);
                list.level = f.listDepth;
                list.numbering = tag.equals("ol") ? ListNumbering.of(e) : null;
                return list;
            }
            case "li" -> {
                Open item = new Open(e, Role.ITEM, f.listDepth + (f.role == Role.LIST ? 0 : 1));
                item.level = f.role == Role.LIST ? f.level : f.listDepth;
                item.marker = f.numbering != null ? f.numbering.next(e) : "-";
                return item;
            }
            case "blockquote" -> {
                return new Open(e, Role.QUOTE, f.listDepth);
            }
            case "details" -> {
                return new Open(e, Role.DETAILS, f.listDepth);
            }
            case "dd" -> {
                return new Open(e, Role.ANSWER, f.listDepth);
            }
            default -> {
                return IGNORED.contains(tag) ? null : new Open(e, Role.CONTAINER, f.listDepth);
            }
        }
        return null;
    }

    /** Makes a paragraph of the run of inline nodes gathered so far, if it has text. */
    private void flush(Open f) {
        if (f.run.isEmpty()) {
            return;
        }
        HtmlInline.Inline inline = HtmlInline.of(f.run);
        if (!inline.text().isEmpty()) {
            f.out.add(new Block(BlockKind.PARAGRAPH, inline.text(), lines.of(f.run), 0, null, inline.marks(), null,
                    null));
        }
        f.run.clear();
    }

    /** Makes the block of a closed element and hands it to its parent. */
    private void close(Open f, Open parent) {
        switch (f.role) {
            case CONTAINER -> parent.out.addAll(f.out);
            case LIST -> {
                if (!f.out.isEmpty()) {
                    parent.out.add(new Block(BlockKind.LIST, "", lines.of(f.element), 0, null, null, null, f.out));
                }
            }
            case ITEM -> item(f, parent);
            case QUOTE -> {
                if (!f.out.isEmpty()) {
                    parent.out.add(new Block(BlockKind.QUOTE, "", lines.of(f.element), 0, null, null, null, f.out));
                }
            }
            case DETAILS -> f.out.forEach(b -> parent.out.add(b.has(Mark.MARKED_QUESTION) ? b
                    : marked(b, Mark.MARKED_ANSWER)));
            case ANSWER -> f.out.forEach(b -> parent.out.add(marked(b, Mark.MARKED_ANSWER)));
        }
    }

    /** A list item: its text is its first paragraph; its other blocks (nested lists …) are its children. */
    private void item(Open f, Open parent) {
        List<Block> children = new ArrayList<>(f.out);
        String text = "";
        Set<Mark> marks = Set.of();
        if (!children.isEmpty() && children.get(0).kind() == BlockKind.PARAGRAPH) {
            Block first = children.remove(0);
            text = first.text();
            marks = first.marks();
        }
        if (text.isEmpty() && children.isEmpty()) {
            return;
        }
        parent.out.add(new Block(BlockKind.LIST_ITEM, text, lines.of(f.element), f.level, f.marker, marks, null,
                children));
    }

    private void heading(Open f, Element e, int level) {
        HtmlInline.Inline inline = HtmlInline.of(e);
        if (!inline.text().isEmpty()) {
            f.out.add(new Block(BlockKind.HEADING, inline.text(), lines.of(e), level, null, inline.marks(), null,
                    null));
        }
    }

    private void leaf(Open f, BlockKind kind, Element e, Mark mark) {
        HtmlInline.Inline inline = HtmlInline.of(e);
        if (inline.text().isEmpty()) {
            return;
        }
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        marks.addAll(inline.marks());
        if (mark != null) {
            marks.add(mark);
        }
        f.out.add(new Block(kind, inline.text(), lines.of(e), 0, null, marks, null, null));
    }

    private void code(Open f, Element e) {
        String text = e.wholeText().replaceFirst("^\\n", "").stripTrailing();
        if (text.isBlank()) {
            return;
        }
        String language = language(e);
        Element inner = e.selectFirst("code");
        if (language == null && inner != null) {
            language = language(inner);
        }
        f.out.add(new Block(BlockKind.CODE, text, lines.of(e), 0, null, null,
                language == null ? null : Map.of("info", language), null));
    }

    /** The language a {@code language-x} or {@code lang-x} class names, or null. */
    private static String language(Element e) {
        for (String c : e.classNames()) {
            if (c.startsWith("language-") && c.length() > 9) {
                return c.substring(9);
            }
            if (c.startsWith("lang-") && c.length() > 5) {
                return c.substring(5);
            }
        }
        return null;
    }

    /** The block with one more mark. */
    static Block marked(Block b, Mark mark) {
        Set<Mark> marks = EnumSet.of(mark);
        marks.addAll(b.marks());
        return new Block(b.kind(), b.text(), b.lines(), b.level(), b.marker(), marks, b.fields(), b.children());
    }
}
