package dev.prepkit.export.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Reads a study pack back with PDFBox: page text, body text without header and footer, the outline. */
final class PackReader implements AutoCloseable {

    /** One bookmark: its depth (1 = top), title and the page it goes to (1-based). */
    record Bookmark(int depth, String title, int page) {
    }

    private static final float MM = 72f / 25.4f;

    final PDDocument document;
    private final List<String> pageTexts = new ArrayList<>();
    private final List<String> bodyTexts = new ArrayList<>();

    PackReader(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pageTexts.add(stripper.getText(document));
                PDPage page = document.getPage(p - 1);
                PDRectangle box = page.getMediaBox();
                PDFTextStripperByArea area = new PDFTextStripperByArea();
                area.addRegion("body", new Rectangle2D.Float(0, 18 * MM, box.getWidth(),
                        box.getHeight() - 18 * MM - 15 * MM));
                area.extractRegions(page);
                bodyTexts.add(area.getTextForRegion("body"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** The whole text of a page (1-based), header and footer included. */
    String page(int page) {
        return pageTexts.get(page - 1);
    }

    /** The text of a page between header and footer. */
    String body(int page) {
        return bodyTexts.get(page - 1);
    }

    /** The lines of a page's body, stripped, runs of space made one. */
    List<String> bodyLines(int page) {
        return body(page).lines().map(l -> l.replaceAll("[ \\u00a0]+", " ").strip()).filter(l -> !l.isEmpty())
                .toList();
    }

    /** Every page's body text, in order, with every kind of white space removed. */
    String squashedBody() {
        StringBuilder sb = new StringBuilder();
        for (String b : bodyTexts) {
            sb.append(squash(b));
        }
        return sb.toString();
    }

    /** The outline, depth first. */
    List<Bookmark> bookmarks() {
        List<Bookmark> out = new ArrayList<>();
        PDOutlineNode root = document.getDocumentCatalog().getDocumentOutline();
        if (root != null) {
            walk(root, 1, out);
        }
        return out;
    }

    private void walk(PDOutlineNode node, int depth, List<Bookmark> out) {
        for (PDOutlineItem item : node.children()) {
            try {
                PDPage page = item.findDestinationPage(document);
                out.add(new Bookmark(depth, item.getTitle(), page == null ? -1 : document.getPages().indexOf(page) + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            walk(item, depth + 1, out);
        }
    }

    /** The text without any white space (lines wrap anywhere, hyphens break lines). */
    static String squash(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2000-\\u200b]+", "");
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
