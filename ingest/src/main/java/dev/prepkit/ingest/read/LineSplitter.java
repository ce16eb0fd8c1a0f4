package dev.prepkit.ingest.read;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;

/** Splits a markdown paragraph into one paragraph per source line (at its soft and hard line breaks). */
final class LineSplitter {

    private LineSplitter() {
    }

    /**
     * The paragraph's lines as new paragraphs; the inline nodes are moved out of the given paragraph.
     *
     * @return one paragraph per line, in order; never empty
     */
    static List<Node> split(Paragraph p) {
        List<Node> out = new ArrayList<>();
        Paragraph current = new Paragraph();
        out.add(current);
        Node child = p.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                current = new Paragraph();
                out.add(current);
            } else {
                child.unlink();
                current.appendChild(child);
            }
            child = next;
        }
        return out;
    }

    /** Whether the paragraph breaks a line on purpose: a hard line break or an inline {@code <br>} tag. */
    static boolean hasHardBreak(Paragraph p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof HardLineBreak || c instanceof org.commonmark.node.HtmlInline h
                    && h.getLiteral().toLowerCase(java.util.Locale.ROOT).startsWith("<br")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line ends with a question mark of any script ({@code ?}, {@code ？}, {@code ؟}). */
    static boolean endsAsking(String text) {
        String s = text.strip();
        return !s.isEmpty() && "?\uFF1F\u061F".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
