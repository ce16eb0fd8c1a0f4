package dev.prepkit.ingest.parsers;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Plain text and line numbers of commonmark nodes. */
final class MarkdownText {

    private MarkdownText() {
    }

    /** The node's text without markup; soft and hard line breaks become {@code \n}. */
    static String of(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                // Inline tags (<br>, <span>) carry no text of their own.
            }

            @Override
            public void visit(SoftLineBreak br) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak br) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    /** 1-based first line of the node, or 0 when it has no source span. */
    static int firstLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** 1-based last line of the node, or 0 when it has no source span. */
    static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The node's children. */
    static List<Node> children(Node node) {
        List<Node> out = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            out.add(c);
        }
        return out;
    }
}
