package dev.prepkit.export.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;

/** The paper size a study pack is laid out for, portrait. */
public enum Paper {
    /** ISO A4, 210 × 297 mm. */
    A4(PageSize.A4),
    /** US Letter, 8.5 × 11 in. */
    LETTER(PageSize.LETTER);

    private final Rectangle size;

    Paper(Rectangle size) {
        this.size = size;
    }

    /** A fresh copy of the page rectangle (OpenPDF rectangles are mutable). */
    Rectangle pageSize() {
        return new Rectangle(size.getWidth(), size.getHeight());
    }
}
