package dev.prepkit.ingest.read;

import dev.prepkit.model.LineRange;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * The raw lines an HTML node came from, from the source positions jsoup tracks ({@code setTrackPosition(true)}):
 * from the line its start tag (or text) begins on to the line of its end tag, or of its last text when the end tag
 * is implied (an unclosed {@code <li>} or {@code <p>}). White space at either end is left out.
 */
final class SourceLines {

    private final LineIndex index;

    /**
     * @param index the text the page was parsed from; never null
     */
    SourceLines(LineIndex index) {
        this.index = index;
    }

    /** The lines of one node. */
    LineRange of(Node node) {
        return index.range(start(node), end(node));
    }

    /** The lines of a run of sibling nodes, from the first to the last that holds text. */
    LineRange of(List<Node> run) {
        int first = 0;
        int last = run.size() - 1;
        while (first < last && blank(run.get(first))) {
            first++;
        }
        while (last > first && blank(run.get(last))) {
            last--;
        }
        return index.range(start(run.get(first)), end(run.get(last)));
    }

    /** The offset where a node starts: its start tag, or its first content when the tag was implied. */
    long start(Node node) {
        Node n = node;
        while (true) {
            Range r = n.sourceRange();
            if (r.isTracked() && !r.isImplicit()) {
                return r.startPos();
            }
            if (n.childNodeSize() == 0) {
                break;
            }
            n = n.childNode(0);
        }
        for (Node up = node.parent(); up != null; up = up.parent()) {
            Range r = up.sourceRange();
            if (r.isTracked()) {
                return r.endPos();
            }
        }
        return 0;
    }

    /** The offset where a node ends: after its end tag, or after its last content when the end tag was implied. */
    long end(Node node) {
        Node n = node;
        while (true) {
            if (n instanceof Element e) {
                Range close = e.endSourceRange();
                if (close.isTracked() && !close.isImplicit()) {
                    return close.endPos();
                }
                Node last = lastContent(e);
                if (last == null) {
                    Range open = e.sourceRange();
                    return open.isTracked() ? open.endPos() : start(e);
                }
                n = last;
            } else {
                Range r = n.sourceRange();
                return r.isTracked() ? r.endPos() : start(n);
            }
        }
    }

    /** The last child that is not a comment or blank text, or null. */
    private static Node lastContent(Element e) {
        for (int i = e.childNodeSize() - 1; i >= 0; i--) {
            Node c = e.childNode(i);
            if (!(c instanceof Comment) && !(c instanceof TextNode t && t.isBlank())) {
                return c;
            }
        }
        return null;
    }

    private static boolean blank(Node n) {
        return n instanceof TextNode t ? t.isBlank() : n instanceof Element e && !e.hasText();
    }
}
