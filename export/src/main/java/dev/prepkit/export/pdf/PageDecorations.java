package dev.prepkit.export.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The page events of a pack: the running header (pack title and, on the right, the edition or the candidate,
 * over a thin rule; not on the cover), the footer ("Page X of Y", with the company on the left), the badge boxes
 * behind difficulty words, and the page each heading lands on.
 *
 * <p>Numbers known only at the end, the page count in every footer and the page of each entry of the contents, are
 * drawn into small form XObjects (templates) that are filled when the document closes; the pages that show them are
 * written out as they end, so the pack renders in one pass. A page number's width must be known when its page
 * ends: the contents' numbers sit in a fixed-width column; the footer reserves the width of the expected page
 * count, and {@link #totalFits()} tells whether the real count has that width (else the pack is rendered again
 * with the real count).
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final String ELLIPSIS = "\u2026";
    /** The least space between the left and the right text of the header or footer. */
    private static final float GAP = 18f;

    private final PdfWriter writer;
    private final Styles styles;
    private final String headerLeft;
    private final String headerRight;
    private final String footerLeft;
    private final String expectedTotal;
    private final Map<String, Integer> headingPages;
    private final List<Placeholder> contents = new ArrayList<>();
    private PdfTemplate total;
    private int lastPage;

    /** An entry's page number in the contents, filled in on close. */
    private record Placeholder(String key, Font font, PdfTemplate template, float descent) {
    }

    /**
     * @param title the pack title, left in the header
     * @param right right in the header ("Coach edition"), or null
     * @param footer left in the footer (the company), or null
     * @param expectedTotal the page count the footers make room for; see {@link #totalFits()}
     * @param width the width between the margins; texts too long for it are shortened with an ellipsis
     * @param headingPages receives the page of each heading key (first page it appears on)
     */
    PageDecorations(PdfWriter writer, Styles styles, String title, String right, String footer, int expectedTotal,
            float width, Map<String, Integer> headingPages) {
        this.writer = writer;
        this.styles = styles;
        this.expectedTotal = Integer.toString(Math.max(1, expectedTotal));
        this.headingPages = headingPages;
        float room = width;
        if (right != null) {
            headerRight = fit(right, styles.runningBold, width / 2);
            room -= width(headerRight, styles.runningBold) + GAP;
        } else {
            headerRight = null;
        }
        headerLeft = fit(title, styles.running, room);
        String widest = pageOf(Math.max(expectedTotal, 9999), Integer.toString(Math.max(expectedTotal, 9999)));
        footerLeft = footer == null ? null : fit(footer, styles.running, width - width(widest, styles.running) - GAP);
    }

    /** The number of the last page ended. */
    int lastPage() {
        return lastPage;
    }

    /**
     * Whether the page count, once known, is as wide as the one the footers made room for (so that "Page X of Y"
     * sits flush right). Meaningful after the document is closed.
     */
    boolean totalFits() {
        BaseFont font = styles.running.getBaseFont();
        return font.getWidth(Integer.toString(lastPage)) == font.getWidth(expectedTotal);
    }

    /**
     * A placeholder for the page of a heading in the contents: an inline image as wide as the number column,
     * whose content, the number right-aligned on the line's baseline, is drawn when the document closes.
     *
     * @param width the width of the number column
     */
    Chunk contentsPage(String key, Font font, float width) {
        float size = font.getSize();
        BaseFont base = font.getBaseFont();
        float ascent = base.getFontDescriptor(BaseFont.ASCENT, size);
        float descent = base.getFontDescriptor(BaseFont.DESCENT, size);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, ascent - descent);
        contents.add(new Placeholder(key, font, template, descent));
        try {
            Chunk chunk = new Chunk(Image.getInstance(template), 0, descent, false);
            chunk.setFont(font);
            return chunk;
        } catch (BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        int page = writer.getPageNumber();
        lastPage = page;
        PdfContentByte cb = writer.getDirectContent();
        Rectangle size = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (page > 1) {
            float base = size.getTop() - Layout.HEADER_BASELINE;
            show(cb, headerLeft, styles.running, left, base);
            if (headerRight != null) {
                show(cb, headerRight, styles.runningBold, right - width(headerRight, styles.runningBold), base);
            }
            cb.saveState();
            cb.setColorStroke(Styles.RULE);
            cb.setLineWidth(0.5f);
            cb.moveTo(left, base - 4);
            cb.lineTo(right, base - 4);
            cb.stroke();
            cb.restoreState();
        }
        float foot = size.getBottom() + Layout.FOOTER_BASELINE;
        footer(cb, page, right, foot);
        if (footerLeft != null) {
            show(cb, footerLeft, styles.running, left, foot);
        }
    }

    /** "Page X of " flush against the room of the page count, which is a template filled on close. */
    private void footer(PdfContentByte cb, int page, float right, float baseline) {
        Font font = styles.running;
        BaseFont base = font.getBaseFont();
        float totalWidth = width(expectedTotal, font);
        float descent = base.getFontDescriptor(BaseFont.DESCENT, font.getSize());
        if (total == null) {
            float ascent = base.getFontDescriptor(BaseFont.ASCENT, font.getSize());
            total = cb.createTemplate(totalWidth, ascent - descent);
        }
        String text = "Page " + page + " of ";
        show(cb, text, font, right - totalWidth - width(text, font), baseline);
        cb.addTemplate(total, right - totalWidth, baseline + descent);
    }

    /** One line of text (already printable) set straight into the content, its baseline starting at x, y. */
    private static void show(PdfContentByte cb, String text, Font font, float x, float y) {
        cb.beginText();
        cb.setFontAndSize(font.getBaseFont(), font.getSize());
        cb.setColorFill(font.getColor());
        cb.setTextMatrix(x, y);
        cb.showText(text);
        cb.resetRGBColorFill();
        cb.endText();
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        if (total != null) {
            fill(total, Integer.toString(lastPage), styles.running, -styles.running.getBaseFont()
                    .getFontDescriptor(BaseFont.DESCENT, styles.running.getSize()));
        }
        for (Placeholder p : contents) {
            Integer page = headingPages.get(p.key());
            fill(p.template(), page == null ? "?" : page.toString(), p.font(), -p.descent());
        }
    }

    /** Draws the text right-aligned in the template, on a baseline this far above its bottom. */
    private static void fill(PdfTemplate template, String text, Font font, float baseline) {
        template.beginText();
        template.setFontAndSize(font.getBaseFont(), font.getSize());
        template.setColorFill(font.getColor());
        template.setTextMatrix(template.getWidth() - width(text, font), baseline);
        template.showText(text);
        template.endText();
    }

    /** "Page 3 of 12". */
    private static String pageOf(int page, String total) {
        return "Page " + page + " of " + total;
    }

    /** The text made printable on one line, shortened with an ellipsis to fit the width. */
    private String fit(String text, Font font, float max) {
        String line = styles.line(text);
        if (width(line, font) <= max) {
            return line;
        }
        int end = line.length();
        while (end > 0 && width(line.substring(0, end) + ELLIPSIS, font) > max) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end).strip() + ELLIPSIS;
    }

    private static float width(String text, Font font) {
        return font.getBaseFont().getWidthPoint(text, font.getSize());
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        Badge badge = Badge.ofTag(tag);
        if (badge == null) {
            headingPages.putIfAbsent(tag, writer.getPageNumber());
            return;
        }
        float size = styles.badge.getSize();
        float padX = 3.2f;
        float bottom = rect.getBottom() - 2.6f;
        float top = rect.getBottom() + size * 0.73f + 2.6f;
        PdfContentByte under = writer.getDirectContentUnder();
        under.saveState();
        under.setColorFill(badge.fill);
        under.setColorStroke(badge.stroke);
        under.setLineWidth(0.8f);
        under.roundRectangle(rect.getLeft() - padX, bottom, rect.getWidth() + 2 * padX, top - bottom, 1.8f);
        under.fillStroke();
        under.restoreState();
    }
}
