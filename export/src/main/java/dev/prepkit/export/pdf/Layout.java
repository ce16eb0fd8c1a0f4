package dev.prepkit.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Utilities;

/** Page geometry: margins for printing and hole punching (25 mm inside/left), header and footer positions. */
final class Layout {

    static final float MARGIN_LEFT = Utilities.millimetersToPoints(25);
    static final float MARGIN_RIGHT = Utilities.millimetersToPoints(18);
    static final float MARGIN_TOP = Utilities.millimetersToPoints(24);
    static final float MARGIN_BOTTOM = Utilities.millimetersToPoints(20);
    /** Distance of the header's baseline from the top edge. */
    static final float HEADER_BASELINE = Utilities.millimetersToPoints(14);
    /** Distance of the footer's baseline from the bottom edge. */
    static final float FOOTER_BASELINE = Utilities.millimetersToPoints(11);

    private Layout() {
    }

    /** A document on the paper with the pack's margins. */
    static Document document(Paper paper) {
        return new Document(paper.pageSize(), MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM);
    }
}
