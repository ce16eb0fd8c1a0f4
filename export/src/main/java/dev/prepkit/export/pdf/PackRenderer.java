package dev.prepkit.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.prepkit.export.Bank;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * One rendering pass of a pack, cover, contents and body, streamed to an output: pages are written as they end; the
 * contents' page numbers and the page count are filled in when the document closes (see {@link PageDecorations}).
 */
final class PackRenderer {

    /** Part of the file id, so that a change of layout gives new ids for the same content. */
    private static final String LAYOUT_VERSION = "prepkit-study-pack-2";
    private static final int MAX_KEYWORDS = 100;

    /**
     * The outcome of one pass.
     *
     * @param pages the page each heading key landed on
     * @param total the number of pages
     * @param uncovered the characters replaced by the marker
     * @param totalFits whether the page count was as wide as expected; when not, the footers are out of line and the
     *     pass must be repeated with the real count
     */
    record Pass(Map<String, Integer> pages, int total, List<String> uncovered, boolean totalFits) {
    }

    private final FontFiles fonts;

    PackRenderer(FontFiles fonts) {
        this.fonts = fonts;
    }

    /**
     * Renders the pack to the output, which is not closed.
     *
     * @param knownTotal the page count of an earlier pass, or 0 to make room for an estimate (only its width
     *     matters)
     */
    Pass render(Bank bank, PackOptions o, PackPlan plan, OutputStream out, int knownTotal) {
        Styles styles = new Styles(fonts);
        Document doc = Layout.document(o.paper());
        MessageDigest digest = md5();
        PdfWriter writer = PdfWriter.getInstance(doc, new DigestOutputStream(out, digest));
        writer.setCloseStream(false);
        writer.setFullCompression();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        Map<String, Integer> pages = new LinkedHashMap<>();
        float width = doc.right() - doc.left();
        int expectedTotal = knownTotal > 0 ? knownTotal
                : PageEstimate.of(plan, styles, o, width, doc.top() - doc.bottom());
        PageDecorations decorations = new PageDecorations(writer, styles, o.title(), headerRight(o), footerLeft(o),
                expectedTotal, width, pages);
        writer.setPageEvent(decorations);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onCloseDocument(PdfWriter w, Document d) {
                // every page has been written: the id is a digest of them and of what made them
                digest.update((LAYOUT_VERSION + "\n" + o).getBytes(StandardCharsets.UTF_8));
                byte[] id = digest.digest();
                w.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            }
        });

        doc.addTitle(oneLine(o.title()));
        doc.addSubject(oneLine("Interview study pack for " + o.company()
                + (o.role() == null ? "" : ", " + o.role()) + " (" + o.edition().label() + ")"));
        List<String> keywords = plan.keywords();
        doc.addKeywords(oneLine(String.join(", ", keywords.subList(0, Math.min(MAX_KEYWORDS, keywords.size())))));
        doc.addAuthor("Prepkit");
        doc.addCreator("Prepkit");
        doc.open();
        fixInfo(writer, o);

        new CoverPage(styles).render(doc, bank, o, plan.questionCount());
        doc.newPage();
        Flow flow = new Flow(doc, writer, styles);
        flow.heading(plan.contents());
        flow.add(List.of(new TableOfContents(styles, decorations).table(plan.headings(), width)), 0);
        body(flow, styles, o, plan, width);
        flow.finish();
        doc.close();
        return new Pass(pages, decorations.lastPage(), styles.uncovered(), decorations.totalFits());
    }

    private static void body(Flow flow, Styles styles, PackOptions o, PackPlan plan, float width) {
        RichText rich = new RichText(styles);
        QuestionBlock questions = new QuestionBlock(styles, rich, o, plan.questionCount(), width);
        ItemBlock items = new ItemBlock(styles, rich);
        RoundTable rounds = new RoundTable(styles, rich);
        float questionSpacing = o.answerLines() > 0 ? 14 : 9;
        for (Block b : plan.blocks()) {
            if (b instanceof Block.PageBreak) {
                flow.pageBreak();
            } else if (b instanceof Block.Heading h) {
                flow.heading(h);
            } else if (b instanceof Block.Text t) {
                flow.add(rich.elements(t.text(), styles.body), 6);
            } else if (b instanceof Block.Rounds r) {
                flow.add(rounds.elements(r.guide()), 6);
            } else if (b instanceof Block.Numbered n) {
                flow.add(questions.elements(n), questionSpacing);
            } else if (b instanceof Block.Item i) {
                boolean plain = i.item().title() == null && i.item().answer() == null;
                flow.add(items.elements(i), plain ? 4 : 8);
            }
        }
    }

    private static String headerRight(PackOptions o) {
        if (o.edition() == Edition.COACH) {
            return o.edition().label();
        }
        return o.candidate() == null || o.candidate().isBlank() ? null : "Prepared for " + o.candidate();
    }

    private static String footerLeft(PackOptions o) {
        return o.role() == null || o.role().isBlank() ? o.company() : o.company() + " \u00b7 " + o.role();
    }

    /** Dates from the options (not the clock) and the language; the file id comes on close, from the pages. */
    private static void fixInfo(PdfWriter writer, PackOptions o) {
        PdfDictionary info = writer.getInfo();
        if (o.contentDate() == null) {
            info.remove(PdfName.CREATIONDATE);
            info.remove(PdfName.MODDATE);
        } else {
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            date.clear();
            date.set(o.contentDate().getYear(), o.contentDate().getMonthValue() - 1, o.contentDate().getDayOfMonth());
            info.put(PdfName.CREATIONDATE, new PdfDate(date));
            info.put(PdfName.MODDATE, new PdfDate(date));
        }
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
