package dev.prepkit.export.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Round;
import java.util.ArrayList;
import java.util.List;

/** A guide's summary and its interview rounds as a table: round, duration, kind, description. */
final class RoundTable {

    private static final String NONE = "\u2013";

    private final Styles styles;
    private final RichText rich;

    RoundTable(Styles styles, RichText rich) {
        this.styles = styles;
        this.rich = rich;
    }

    /** The guide's summary, if any, then the table. */
    List<Element> elements(Guide g) {
        List<Element> out = new ArrayList<>();
        String summary = g.overview().summary();
        if (summary != null && !summary.isBlank()) {
            out.addAll(rich.elements(summary, styles.body));
        }
        out.add(table(g));
        return out;
    }

    private PdfPTable table(Guide g) {
        PdfPTable t = new PdfPTable(new float[] {2.35f, 1.3f, 1.75f, 4.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setSpacingBefore(4);
        for (String head : List.of("Round", "Duration", "Kind", "Description")) {
            PdfPCell c = cell();
            c.setBackgroundColor(Styles.TINT);
            c.setBorderColor(Styles.RULE);
            c.setBorderWidthBottom(0.8f);
            c.setBorderWidthTop(0.8f);
            c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
            c.setPhrase(styles.phrase(head, styles.tableHead));
            t.addCell(c);
        }
        for (Round r : g.rounds()) {
            PdfPCell name = cell();
            name.addElement(styles.paragraph(r.name(), styles.tableBold));
            if (r.sessions() != null) {
                name.addElement(styles.paragraph(sessions(r.sessions()), styles.small));
            }
            t.addCell(name);
            t.addCell(text(PackPlan.minutes(r)));
            t.addCell(text(r.kind() == null || r.kind().isBlank() ? null : PackPlan.kind(r.kind())));
            PdfPCell description = cell();
            List<Element> lines = r.description() == null ? List.of() : rich.elements(r.description(), styles.table);
            if (lines.isEmpty()) {
                description.addElement(styles.paragraph(NONE, styles.table));
            } else {
                lines.forEach(description::addElement);
            }
            t.addCell(description);
        }
        return t;
    }

    /** "3-4 interviews", "1 interview". */
    static String sessions(LineRange sessions) {
        return sessions + (sessions.to() == 1 ? " interview" : " interviews");
    }

    private PdfPCell text(String value) {
        PdfPCell c = cell();
        Paragraph p = styles.paragraph(value == null ? NONE : value, styles.table);
        c.addElement(p);
        return c;
    }

    private static PdfPCell cell() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(Styles.HAIRLINE);
        c.setBorderWidth(0.5f);
        c.setPaddingTop(4);
        c.setPaddingBottom(6);
        c.setPaddingLeft(5);
        c.setPaddingRight(5);
        return c;
    }
}
