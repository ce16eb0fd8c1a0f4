package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * One question: its number in a hanging column, a difficulty badge and its tags, the text, and ruled answer
 * lines; the coach edition adds the curator's notes, the source and a scoring rubric.
 */
final class QuestionBlock {

    /** Height of one ruled answer line. */
    static final float ANSWER_LINE = 21f;
    /** Leading of the number and the badge line, so that their baselines meet. */
    private static final float META_LEADING = 14f;

    private final Styles styles;
    private final RichText rich;
    private final PackOptions options;
    private final float[] columns;

    /**
     * @param lastNumber the largest question number, which sets the width of the number column
     * @param width the width of the text area
     */
    QuestionBlock(Styles styles, RichText rich, PackOptions options, int lastNumber, float width) {
        this.styles = styles;
        this.rich = rich;
        this.options = options;
        float number = Math.max(styles.number.getBaseFont().getWidthPoint(lastNumber + ".", styles.number.getSize()),
                styles.number.getBaseFont().getWidthPoint("00.", styles.number.getSize())) + 7f;
        this.columns = new float[] {number, width - number};
    }

    /** The question's elements, for one keep-together unit. */
    List<Element> elements(Block.Numbered n) {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        // a question taller than a page splits where the page ends, right under its headings
        table.setSplitLate(false);

        PdfPCell number = plain();
        Paragraph num = new Paragraph(META_LEADING, n.number() + ".", styles.number);
        number.addElement(num);
        table.addCell(number);

        PdfPCell body = plain();
        body.addElement(meta(n.question()));
        List<Element> text = rich.elements(n.question().text(), styles.question);
        if (!text.isEmpty() && text.get(0) instanceof Paragraph first) {
            first.setSpacingBefore(3);
        }
        text.forEach(body::addElement);
        if (options.edition() == Edition.COACH) {
            coach(n.guide(), n.question()).forEach(body::addElement);
        }
        if (options.answerLines() > 0) {
            body.addElement(answerLines(options.answerLines()));
        }
        table.addCell(body);
        return List.of(table);
    }

    /** The badge and the tags. */
    private Paragraph meta(Question q) {
        Badge badge = Badge.of(q.difficulty());
        Paragraph p = new Paragraph(META_LEADING);
        p.setFont(styles.tags);
        p.setIndentationLeft(3.5f);
        Chunk word = new Chunk(badge.word, styles.badge);
        word.setGenericTag(badge.tag());
        p.add(word);
        List<String> tags = q.tags().stream().map(styles::line).filter(t -> !t.isEmpty()).toList();
        if (!tags.isEmpty()) {
            p.add(new Chunk("    ", styles.tags));
            p.addAll(styles.chunks(String.join("  \u00b7  ", tags), styles.tags));
        }
        return p;
    }

    private List<Element> coach(Guide g, Question q) {
        List<Element> out = new ArrayList<>();
        if (q.notes() != null && !q.notes().isBlank()) {
            PdfPTable box = new PdfPTable(1);
            box.setWidthPercentage(100);
            box.setSpacingBefore(5);
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderColor(Styles.ACCENT);
            cell.setBorderWidthLeft(1.5f);
            cell.setBackgroundColor(Styles.NOTE_TINT);
            cell.setPadding(5);
            cell.setPaddingLeft(7);
            cell.addElement(new Paragraph(Styles.leading(styles.notesLabel), "Coach notes", styles.notesLabel));
            rich.elements(q.notes(), styles.notes).forEach(cell::addElement);
            box.addCell(cell);
            out.add(box);
        }
        String source = source(g, q);
        if (source != null) {
            Paragraph p = styles.paragraph("Source: " + source, styles.small);
            p.setSpacingBefore(3);
            out.add(p);
        }
        out.add(rubric());
        return out;
    }

    /** "raw/netflix/x.txt:12", the guide's raw file alone, or null for a guide written by hand. */
    static String source(Guide g, Question q) {
        if (g.source() == null) {
            return null;
        }
        return q.lines() == null ? g.source().path() : g.source().path() + ":" + q.lines();
    }

    private PdfPTable rubric() {
        List<String> labels = options.rubricLabels();
        float[] widths = new float[labels.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 0.8f;
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(Math.min(100, 22 + 17 * labels.size()));
        t.setHorizontalAlignment(Element.ALIGN_LEFT);
        t.setSpacingBefore(5);
        PdfPCell head = rubricCell("Score", true);
        head.setBackgroundColor(Styles.TINT);
        t.addCell(head);
        for (String label : labels) {
            t.addCell(rubricCell("\u2610 " + label, false));
        }
        return t;
    }

    private PdfPCell rubricCell(String text, boolean head) {
        PdfPCell c = new PdfPCell(styles.phrase(text, head ? styles.smallBold : styles.small));
        c.setBorderColor(Styles.RULE);
        c.setBorderWidth(0.5f);
        c.setPaddingTop(2.5f);
        c.setPaddingBottom(4.5f);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return c;
    }

    /**
     * The ruled lines as one unsplittable row: a fixed-height cell whose event draws the rules, so the lines move to
     * the next page together rather than break up.
     */
    private static PdfPTable answerLines(int count) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(2);
        PdfPCell lines = plain();
        lines.setFixedHeight(count * ANSWER_LINE);
        lines.setCellEvent(new Rules(count));
        t.addCell(lines);
        return t;
    }

    /** Draws evenly spaced rules at the bottom of each line slot of a cell. */
    private static final class Rules implements PdfPCellEvent {
        private final int count;

        Rules(int count) {
            this.count = count;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            cb.saveState();
            cb.setColorStroke(Styles.RULE);
            cb.setLineWidth(0.5f);
            for (int i = 1; i <= count; i++) {
                float y = position.getTop() - i * ANSWER_LINE;
                cb.moveTo(position.getLeft(), y);
                cb.lineTo(position.getRight(), y);
            }
            cb.stroke();
            cb.restoreState();
        }
    }

    private static PdfPCell plain() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }
}
