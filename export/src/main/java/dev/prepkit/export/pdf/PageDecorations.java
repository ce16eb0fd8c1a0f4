package dev.prepkit.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.util.Map;

/**
 * The page events of one pass: the running header (pack title and, on the right, the edition or the candidate,
 * over a thin rule; not on the cover), the footer ("Page X of Y", with the company on the left), the badge boxes
 * behind difficulty words, and the page each heading lands on.
 */
final class PageDecorations extends PdfPageEventHelper {

    private static final String ELLIPSIS = "\u2026";
    /** The least space between the left and the right text of the header or footer. */
    private static final float GAP = 18f;

    private final Styles styles;
    private final String headerLeft;
    private final String headerRight;
    private final String footerLeft;
    private final int knownTotal;
    private final Map<String, Integer> headingPages;
    private int lastPage;

    /**
     * @param title the pack title, left in the header
     * @param right right in the header ("Coach edition"), or null
     * @param footer left in the footer (the company), or null
     * @param knownTotal the page count of the previous pass, or 0 in the first pass
     * @param width the width between the margins; texts too long for it are shortened with an ellipsis
     * @param headingPages receives the page of each heading key (first page it appears on)
     */
    PageDecorations(Styles styles, String title, String right, String footer, int knownTotal, float width,
            Map<String, Integer> headingPages) {
        this.styles = styles;
        this.knownTotal = knownTotal;
        this.headingPages = headingPages;
        float room = width;
        if (right != null) {
            headerRight = fit(right, styles.runningBold, width / 2);
            room -= width(headerRight, styles.runningBold) + GAP;
        } else {
            headerRight = null;
        }
        headerLeft = fit(title, styles.running, room);
        String widest = pageOf(Math.max(knownTotal, 9999), Math.max(knownTotal, 9999));
        footerLeft = footer == null ? null : fit(footer, styles.running, width - width(widest, styles.running) - GAP);
    }

    /** The number of the last page ended. */
    int lastPage() {
        return lastPage;
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
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, styles.phrase(headerLeft, styles.running), left, base,
                    0);
            if (headerRight != null) {
                ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, styles.phrase(headerRight, styles.runningBold),
                        right, base, 0);
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
        ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, styles.phrase(pageOf(page, knownTotal), styles.running),
                right, foot, 0);
        if (footerLeft != null) {
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, styles.phrase(footerLeft, styles.running), left, foot,
                    0);
        }
    }

    /** "Page 3 of 12"; "?" for a total not known yet. */
    private static String pageOf(int page, int total) {
        return "Page " + page + " of " + (total > 0 ? Integer.toString(total) : "?");
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
