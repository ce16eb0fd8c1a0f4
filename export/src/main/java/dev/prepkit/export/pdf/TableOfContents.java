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
import java.util.Map;

/**
 * The contents: one linked line per heading down to {@link PackPlan#TOC_DEPTH}, with dotted leaders and the page
 * number in a fixed-width column, so that the layout does not depend on the numbers (which come from the previous
 * rendering pass).
 */
final class TableOfContents {

    private final Styles styles;

    TableOfContents(Styles styles) {
        this.styles = styles;
    }

    /**
     * @param headings the body's headings, in order
     * @param pages the page of each heading key from the previous pass; empty in the first pass
     */
    PdfPTable table(List<Block.Heading> headings, Map<String, Integer> pages) {
        PdfPTable t = new PdfPTable(new float[] {14f, 1f});
        t.setWidthPercentage(100);
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

            Integer page = pages.get(h.key());
            Chunk number = new Chunk(page == null ? "0" : page.toString(), font);
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
