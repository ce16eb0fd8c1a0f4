package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Mark;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The text of a markdown block's inline content and what its markup says of the whole: strong, links only,
 * anchor links only, quoted. Inline code keeps its backticks; inline HTML tags are dropped ({@code <b>} counts as
 * strong); line breaks become single spaces.
 *
 * @param text the folded, stripped text; never null
 * @param marks the marks of the whole text; never null
 */
record InlineText(String text, Set<Mark> marks) {

    /** Reads the inline content of a node (a paragraph, heading or table cell). */
    static InlineText of(Node node) {
        Collector c = new Collector();
        node.accept(c);
        return c.result();
    }

    /**
     * Folds runs of white space to one space and strips the ends: each run of {@code [\\s\u00A0]} (space, tab, line
     * breaks, form feed, vertical tab, no-break space) becomes one space.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inRun = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '\u00A0';
            if (!space) {
                out.append(c);
            } else if (!inRun) {
                out.append(' ');
            }
            inRun = space;
        }
        return out.toString().strip();
    }

    /** Whether the text is wrapped in straight or curly double quotes. */
    static boolean quoted(String s) {
        return s.length() > 2 && "\"\u201C".indexOf(s.charAt(0)) >= 0 && "\"\u201D".indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    private static final class Collector extends AbstractVisitor {
        private final StringBuilder sb = new StringBuilder();
        private int strongDepth;
        private int htmlStrong;
        private int linkDepth;
        private int strongChars;
        private int linkChars;
        private boolean nonAnchorLink;
        private boolean anyLink;

        @Override
        public void visit(Text text) {
            append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            append("`" + code.getLiteral() + "`");
        }

        @Override
        public void visit(StrongEmphasis strong) {
            strongDepth++;
            visitChildren(strong);
            strongDepth--;
        }

        @Override
        public void visit(Link link) {
            anyLink = true;
            if (link.getDestination() == null || !link.getDestination().startsWith("#")) {
                nonAnchorLink = true;
            }
            linkDepth++;
            visitChildren(link);
            linkDepth--;
        }

        @Override
        public void visit(Image image) {
            // An image's alt text is not part of the block's text.
        }

        @Override
        public void visit(HtmlInline html) {
            String tag = html.getLiteral().toLowerCase(Locale.ROOT);
            if (tag.matches("<(b|strong)(\\s[^>]*)?>")) {
                htmlStrong++;
            } else if (tag.matches("</(b|strong)\\s*>")) {
                htmlStrong = Math.max(0, htmlStrong - 1);
            } else if (tag.startsWith("<br")) {
                sb.append(' ');
            }
        }

        @Override
        public void visit(SoftLineBreak br) {
            sb.append(' ');
        }

        @Override
        public void visit(HardLineBreak br) {
            sb.append(' ');
        }

        private void append(String s) {
            sb.append(s);
            int visible = (int) s.chars().filter(ch -> !Character.isWhitespace(ch)).count();
            if (strongDepth > 0 || htmlStrong > 0) {
                strongChars += visible;
            }
            if (linkDepth > 0) {
                linkChars += visible;
            }
        }

        InlineText result() {
            String text = fold(sb.toString());
            int visible = (int) text.chars().filter(ch -> !Character.isWhitespace(ch)
                    && ".,;:-|·•()[]".indexOf(ch) < 0).count();
            Set<Mark> marks = EnumSet.noneOf(Mark.class);
            if (visible > 0 && strongChars >= visible * 0.9) {
                marks.add(Mark.STRONG);
            }
            if (visible > 0 && anyLink && linkChars >= visible * 0.9) {
                marks.add(Mark.LINK_ONLY);
                if (!nonAnchorLink) {
                    marks.add(Mark.ANCHOR_LINKS);
                }
            }
            if (quoted(text)) {
                marks.add(Mark.QUOTED);
            }
            return new InlineText(text, marks);
        }
    }
}
