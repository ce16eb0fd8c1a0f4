package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import java.util.List;

/**
 * The contents: one linked line per heading down to {@link PackPlan#TOC_DEPTH}, with dotted leaders and the page
 * number in a fixed-width column, so that the layout does not depend on the numbers; they are filled in when the
 * document closes (see {@link PageDecorations#contentsPage}).
 */
final class TableOfContents {

    private static final float[] COLUMNS = {14f, 1f};

    private final Styles styles;
    private final PageDecorations numbers;

    TableOfContents(Styles styles, PageDecorations numbers) {
        this.styles = styles;
        this.numbers = numbers;
    }

    /**
     * @param headings the body's headings, in order
     * @param width the width of the text area
     */
    PdfPTable table(List<Block.Heading> headings, float width) {
        PdfPTable t = new PdfPTable(COLUMNS);
        t.setWidthPercentage(100);
        // a hair narrower than the column, so that rounding never pushes the number to a line of its own
        float numberWidth = width * COLUMNS[1] / (COLUMNS[0] + COLUMNS[1]) - 0.5f;
        boolean first = true;
        for (Block.Heading h : headings) {
            if (h.level() > PackPlan.TOC_DEPTH) {
                continue;
            }
            Font font = switch (h.level()) {
                case 1 -> styles.tocPart;
                case 2 -> styles.tocEntry;
                default -> styles.tocMinor;
            };
            float top = h.level() == 1 && !first ? 10 : 1.5f;
            first = false;

            Paragraph line = new Paragraph(Styles.leading(font));
            line.setFont(font);
            line.setIndentationLeft((h.level() - 1) * 14f);
            for (Chunk c : styles.chunks(styles.line(h.title()), font)) {
                c.setLocalGoto(h.key());
                line.add(c);
            }
            line.add(new Chunk(" ", font));
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3f);
            dots.setLineWidth(0.7f);
            dots.setLineColor(Styles.LEADER);
            dots.setOffset(2f);
            Chunk leader = new Chunk(dots);
            leader.setFont(font);
            line.add(leader);
            PdfPCell title = cell(top);
            title.addElement(line);
            t.addCell(title);

            Chunk number = numbers.contentsPage(h.key(), font, numberWidth);
            number.setLocalGoto(h.key());
            Paragraph num = new Paragraph(Styles.leading(font));
            num.add(number);
            num.setAlignment(Element.ALIGN_RIGHT);
            PdfPCell right = cell(top);
            right.addElement(num);
            right.setVerticalAlignment(Element.ALIGN_BOTTOM);
            t.addCell(right);
        }
        return t;
    }

    private static PdfPCell cell(float top) {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingTop(top);
        c.setPaddingBottom(1.5f);
        return c;
    }
}
