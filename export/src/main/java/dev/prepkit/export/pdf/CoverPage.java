package dev.prepkit.export.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.LineSeparator;
import dev.prepkit.export.Bank;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cover: title, company and role, who and when, the edition, and the questions by difficulty as a small
 * labelled bar chart.
 */
final class CoverPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final int LISTED_GUIDES = 10;

    private final Styles styles;

    CoverPage(Styles styles) {
        this.styles = styles;
    }

    /** Adds the cover, one page, to the open document. */
    void render(Document doc, Bank bank, PackOptions o, int questions) {
        // everything sits in one borderless cell: paragraphs added straight to the document would make OpenPDF
        // reference its default font (Helvetica, not embedded)
        PdfPCell page = plain();
        page.addElement(spacer(56));
        Paragraph kicker = new Paragraph(Styles.leading(styles.coverKicker));
        Chunk k = new Chunk("INTERVIEW STUDY PACK", styles.coverKicker);
        k.setCharacterSpacing(1.6f);
        kicker.add(k);
        page.addElement(kicker);

        Paragraph title = styles.paragraph(o.title(), styles.coverTitle);
        title.setLeading(34);
        title.setSpacingBefore(8);
        page.addElement(title);

        Paragraph company = styles.paragraph(o.company(), styles.coverCompany);
        company.setSpacingBefore(14);
        page.addElement(company);
        if (o.role() != null && !o.role().isBlank()) {
            page.addElement(styles.paragraph(o.role(), styles.coverRole));
        }
        Paragraph rule = new Paragraph(6f);
        Chunk bar = new Chunk(new LineSeparator(3f, 16, Styles.ACCENT, Element.ALIGN_LEFT, 0));
        bar.setFont(styles.coverRole);
        rule.add(bar);
        rule.setSpacingBefore(16);
        rule.setSpacingAfter(22);
        page.addElement(rule);

        page.addElement(facts(bank, o, questions));
        page.addElement(chart(bank));
        page.addElement(editionNote(o.edition()));
        page.addElement(guides(bank));
        PdfPTable cover = new PdfPTable(1);
        cover.setWidthPercentage(100);
        cover.addCell(page);
        doc.add(cover);
    }

    private PdfPTable facts(Bank bank, PackOptions o, int questions) {
        PdfPTable t = new PdfPTable(new float[] {1f, 3.2f});
        t.setWidthPercentage(100);
        if (o.candidate() != null && !o.candidate().isBlank()) {
            fact(t, "Prepared for", o.candidate());
        }
        if (o.contentDate() != null) {
            fact(t, "Content as of", DATE.format(o.contentDate()));
        }
        fact(t, "Edition", o.edition().label());
        int guides = bank.guides().size();
        int rounds = bank.guides().stream().mapToInt(g -> g.rounds().size()).sum();
        fact(t, "In this pack", count(questions, "question") + " \u00b7 " + count(rounds, "interview round")
                + " \u00b7 " + count(guides, "guide"));
        return t;
    }

    private void fact(PdfPTable t, String label, String value) {
        PdfPCell l = plain();
        l.addElement(styles.paragraph(label, styles.coverLabel));
        l.setPaddingTop(2.5f);
        t.addCell(l);
        PdfPCell v = plain();
        v.addElement(styles.paragraph(value, label.equals("Edition") ? styles.coverEdition : styles.coverValue));
        t.addCell(v);
    }

    private PdfPTable chart(Bank bank) {
        Map<Badge, Integer> counts = new EnumMap<>(Badge.class);
        for (Badge b : Badge.values()) {
            counts.put(b, 0);
        }
        for (Bank.Entry e : bank.entries()) {
            counts.merge(Badge.of(e.question().difficulty()), 1, Integer::sum);
        }
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);

        PdfPTable t = new PdfPTable(new float[] {1.1f, 4.4f, 1.3f});
        t.setWidthPercentage(100);
        t.setSpacingBefore(30);
        PdfPCell head = plain();
        head.setColspan(3);
        head.setPaddingBottom(8);
        head.addElement(styles.paragraph("Questions by difficulty", styles.h3));
        t.addCell(head);
        for (Badge b : Badge.values()) {
            int n = counts.get(b);
            if (b == Badge.UNRATED && n == 0) {
                continue;
            }
            PdfPCell label = plain();
            label.addElement(styles.paragraph(b.label, styles.body));
            label.setFixedHeight(22);
            t.addCell(label);
            PdfPCell barCell = plain();
            barCell.setFixedHeight(22);
            barCell.setCellEvent(new Bar(max == 0 ? 0 : (float) n / max, b));
            t.addCell(barCell);
            PdfPCell value = plain();
            value.setPaddingLeft(8);
            Paragraph p = new Paragraph(Styles.leading(styles.bodyBold));
            p.add(new Chunk(Integer.toString(n), styles.bodyBold));
            if (total > 0) {
                p.add(new Chunk("  (" + Math.round(100.0 * n / total) + "%)", styles.small));
            }
            value.addElement(p);
            t.addCell(value);
        }
        return t;
    }

    private PdfPTable editionNote(Edition edition) {
        String text = edition == Edition.COACH
                ? "Coach edition: every question carries the curator's notes, its source and a scoring rubric."
                        + " Hand the candidate edition to the candidate."
                : "Work through the questions in writing on the ruled lines, then practise your answers aloud."
                        + " The contents page and the bookmarks link to every part.";
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(30);
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.LEFT);
        c.setBorderWidthLeft(2f);
        c.setBorderColor(edition == Edition.COACH ? Badge.HARD.stroke : Styles.ACCENT);
        c.setBackgroundColor(Styles.NOTE_TINT);
        c.setPadding(8);
        c.setPaddingLeft(10);
        c.addElement(styles.paragraph(text, styles.body));
        t.addCell(c);
        return t;
    }

    private PdfPTable guides(Bank bank) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        t.setSpacingBefore(26);
        if (bank.guides().isEmpty()) {
            return t;
        }
        PdfPCell c = plain();
        c.addElement(styles.paragraph("Guides in this pack", styles.coverLabel));
        List<String> titles = bank.guides().stream().map(g -> g.title()).toList();
        for (String title : titles.subList(0, Math.min(LISTED_GUIDES, titles.size()))) {
            c.addElement(styles.paragraph(title, styles.small));
        }
        if (titles.size() > LISTED_GUIDES) {
            c.addElement(styles.paragraph("and " + (titles.size() - LISTED_GUIDES) + " more", styles.small));
        }
        t.addCell(c);
        return t;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static PdfPTable spacer(float height) {
        PdfPTable t = new PdfPTable(1);
        PdfPCell c = plain();
        c.setFixedHeight(height);
        t.addCell(c);
        return t;
    }

    private static PdfPCell plain() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        return c;
    }

    /** Draws a horizontal bar, a fraction of the cell wide, on a faint full-width track. */
    private static final class Bar implements PdfPCellEvent {
        private final float fraction;
        private final Badge badge;

        Bar(float fraction, Badge badge) {
            this.fraction = fraction;
            this.badge = badge;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            PdfContentByte cb = canvases[PdfPTable.BACKGROUNDCANVAS];
            float height = 11f;
            float y = position.getBottom() + (position.getHeight() - height) / 2 + 2;
            float x = position.getLeft();
            float width = position.getWidth();
            cb.saveState();
            cb.setColorFill(Styles.TINT);
            cb.rectangle(x, y, width, height);
            cb.fill();
            if (fraction > 0) {
                cb.setColorFill(badge.fill);
                cb.setColorStroke(badge.stroke);
                cb.setLineWidth(0.8f);
                cb.rectangle(x, y, Math.max(2f, width * fraction), height);
                cb.fillStroke();
            }
            cb.restoreState();
        }
    }
}
