package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds the body to the document in keep-together units: each block (a question with its answer lines, a section
 * item, a rounds table) is one single-cell table that moves to the next page whole when it does not fit, and
 * splits only when it is taller than a page. Headings wait for the next block and join its unit, so a heading
 * never ends a page alone. Each heading becomes a link target, a bookmark and a page record (generic tag).
 */
final class Flow {

    private final Document document;
    private final PdfWriter writer;
    private final Styles styles;
    private final List<Element> pending = new ArrayList<>();
    private float pendingSpacing;
    private final PdfOutline[] outlines = new PdfOutline[5];

    Flow(Document document, PdfWriter writer, Styles styles) {
        this.document = document;
        this.writer = writer;
        this.styles = styles;
    }

    /** Starts a new page (after placing waiting headings). */
    void pageBreak() {
        flush();
        document.newPage();
    }

    /** Queues a heading for the next unit and adds its bookmark. */
    void heading(Block.Heading h) {
        if (pending.isEmpty()) {
            pendingSpacing = spacingBefore(h.level());
        }
        pending.addAll(elements(h));
        bookmark(h);
    }

    /**
     * Adds a unit: the waiting headings and the content, kept on one page when it fits one.
     *
     * @param spacing the space above the unit when it follows other content on the page
     */
    void add(List<? extends Element> content, float spacing) {
        List<Element> all = new ArrayList<>(pending);
        all.addAll(content);
        float before = pending.isEmpty() ? spacing : pendingSpacing;
        pending.clear();
        document.add(unit(all, before));
    }

    /** Places headings still waiting (at the end of the document). */
    void finish() {
        flush();
    }

    private void flush() {
        if (!pending.isEmpty()) {
            add(List.of(), 0);
        }
    }

    private static PdfPTable unit(List<Element> elements, float spacingBefore) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(spacingBefore);
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(2);
        for (Element e : elements) {
            cell.addElement(e);
        }
        table.addCell(cell);
        return table;
    }

    private static float spacingBefore(int level) {
        return switch (level) {
            case 1 -> 0;
            case 2 -> 18;
            case 3 -> 14;
            default -> 10;
        };
    }

    private List<Element> elements(Block.Heading h) {
        Font font = switch (h.level()) {
            case 1 -> styles.h1;
            case 2 -> styles.h2;
            case 3 -> styles.h3;
            default -> styles.h4;
        };
        List<Element> out = new ArrayList<>();
        Paragraph title = new Paragraph(Styles.leading(font));
        title.setFont(font);
        for (Chunk c : styles.chunks(styles.line(h.title()), font)) {
            c.setLocalDestination(h.key());
            c.setGenericTag(h.key());
            title.add(c);
        }
        title.setSpacingBefore(spacingBefore(h.level()) * 0.6f);
        title.setSpacingAfter(h.level() == 1 ? 2 : 3);
        out.add(title);
        if (h.level() == 1) {
            Paragraph rule = new Paragraph(4f);
            Chunk line = new Chunk(new LineSeparator(1.2f, 100, Styles.ACCENT, Element.ALIGN_LEFT, 0));
            line.setFont(font);
            rule.add(line);
            rule.setSpacingAfter(12);
            out.add(rule);
        }
        if (h.note() != null) {
            Paragraph note = styles.paragraph(h.note(), styles.headingNote);
            note.setSpacingAfter(4);
            out.add(note);
        }
        return out;
    }

    private void bookmark(Block.Heading h) {
        int level = Math.max(1, Math.min(h.level(), outlines.length));
        PdfOutline parent = writer.getRootOutline();
        for (int l = level - 1; l >= 1; l--) {
            if (outlines[l - 1] != null) {
                parent = outlines[l - 1];
                break;
            }
        }
        PdfOutline outline = new PdfOutline(parent, PdfAction.gotoLocalPage(h.key(), false), styles.line(h.title()),
                level == 1);
        outlines[level - 1] = outline;
        for (int l = level; l < outlines.length; l++) {
            outlines[l] = null;
        }
    }
}
