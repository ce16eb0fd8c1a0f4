package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Mark;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The inline text of HTML nodes as a block carries it: entities decoded (by jsoup), white space folded to single
 * spaces, {@code <br>} a space, {@code <code>} wrapped in backticks when it is part of a longer text, permalink
 * anchors ({@code <a href="#x">¶</a>}) left out; and the {@link Mark}s its markup gives the whole text.
 */
final class HtmlInline {

    /**
     * Text and marks.
     *
     * @param text the folded text; empty when there is none, never null
     * @param marks {@link Mark#STRONG}, {@link Mark#LINK_ONLY}, {@link Mark#ANCHOR_LINKS}, {@link Mark#QUOTED} as
     *     the whole text deserves them; never null
     */
    record Inline(String text, Set<Mark> marks) {
    }

    private static final Pattern SPACE = Pattern.compile("[\\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B-\u200D\u2060\uFEFF]");
    private static final Pattern QUOTED = Pattern.compile("^([\"\u201C\u201E\u00AB]).+[\"\u201D\u00BB]$");
    private static final Set<String> PERMALINK_TEXT = Set.of("", "\u00B6", "#", "\u00A7", "\uD83D\uDD17");

    private HtmlInline() {
    }

    /** The inline text of an element's content. */
    static Inline of(Element element) {
        return of(List.of(element), true);
    }

    /**
     * The inline text of a run of sibling nodes.
     *
     * @param nodes the nodes in order; never null
     */
    static Inline of(List<? extends Node> nodes) {
        return of(nodes, false);
    }

    private static Inline of(List<? extends Node> nodes, boolean inside) {
        Collector withTicks = collect(nodes, inside, true);
        Collector c = withTicks.total > 0 && withTicks.code == withTicks.total ? collect(nodes, inside, false)
                : withTicks;
        String text = fold(c.out.toString());
        Set<Mark> marks = EnumSet.noneOf(Mark.class);
        if (c.total > 0) {
            if (c.strong == c.total) {
                marks.add(Mark.STRONG);
            }
            if (c.link == c.total) {
                marks.add(Mark.LINK_ONLY);
                if (c.anchor == c.total) {
                    marks.add(Mark.ANCHOR_LINKS);
                }
            }
        }
        if (QUOTED.matcher(text).matches()) {
            marks.add(Mark.QUOTED);
        }
        return new Inline(text, marks);
    }

    private static Collector collect(List<? extends Node> nodes, boolean inside, boolean ticks) {
        Collector c = new Collector(ticks);
        for (Node n : nodes) {
            if (inside) {
                for (Node child : n.childNodes()) {
                    NodeTraversor.filter(c, child);
                }
            } else {
                NodeTraversor.filter(c, n);
            }
        }
        return c;
    }

    /** White space runs (non-breaking spaces too) as one space, zero-width characters removed, trimmed. */
    static String fold(String s) {
        return SPACE.matcher(ZERO_WIDTH.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }

    /** Whether an element is a permalink anchor a page generator adds to headings ({@code ¶}, {@code #}). */
    static boolean permalink(Element e) {
        return e.normalName().equals("a") && e.attr("href").startsWith("#")
                && PERMALINK_TEXT.contains(e.text().strip());
    }

    /** Walks nodes (iteratively, by jsoup's traversor) gathering text and counting what markup it is inside. */
    private static final class Collector implements NodeFilter {
        final StringBuilder out = new StringBuilder();
        final boolean ticks;
        int strongDepth;
        int linkDepth;
        int anchorDepth;
        int codeDepth;
        int codeStart;
        /** Letters and digits: all, and inside each kind of markup (punctuation between links does not count). */
        int total;
        int strong;
        int link;
        int anchor;
        int code;

        Collector(boolean ticks) {
            this.ticks = ticks;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                out.append(s);
                int chars = 0;
                for (int i = 0; i < s.length(); i++) {
                    if (Character.isLetterOrDigit(s.charAt(i))) {
                        chars++;
                    }
                }
                total += chars;
                strong += strongDepth > 0 ? chars : 0;
                link += linkDepth > 0 ? chars : 0;
                anchor += anchorDepth > 0 ? chars : 0;
                code += codeDepth > 0 ? chars : 0;
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (permalink(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            switch (e.normalName()) {
                case "b", "strong" -> strongDepth++;
                case "a" -> {
                    linkDepth++;
                    if (e.attr("href").startsWith("#")) {
                        anchorDepth++;
                    }
                }
                case "code" -> {
                    if (codeDepth++ == 0) {
                        codeStart = out.length();
                    }
                }
                case "br" -> out.append(' ');
                default -> {
                    if (!HtmlBlocks.inline(e)) {
                        out.append(' ');
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            switch (e.normalName()) {
                case "b", "strong" -> strongDepth--;
                case "a" -> {
                    linkDepth--;
                    if (e.attr("href").startsWith("#")) {
                        anchorDepth--;
                    }
                }
                case "code" -> {
                    if (--codeDepth == 0) {
                        wrapCode();
                    }
                }
                default -> {
                    if (!HtmlBlocks.inline(e)) {
                        out.append(' ');
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        private void wrapCode() {
            String inner = fold(out.substring(codeStart));
            if (!ticks || inner.isEmpty()) {
                return;
            }
            out.setLength(codeStart);
            out.append(inner.contains("`") ? "`` " + inner + " ``" : "`" + inner + "`");
        }
    }
}
