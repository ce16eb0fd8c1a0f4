package dev.prepkit.export.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import dev.prepkit.export.Bank;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/** One rendering pass of a pack: cover, contents, body; page numbers of the contents from the previous pass. */
final class PackRenderer {

    /** Part of the file id, so that a change of layout gives new ids for the same content. */
    private static final String LAYOUT_VERSION = "prepkit-study-pack-1";
    private static final int MAX_KEYWORDS = 100;

    /**
     * The outcome of one pass.
     *
     * @param pdf the document
     * @param pages the page each heading key landed on
     * @param total the number of pages
     * @param uncovered the characters replaced by the marker
     */
    record Pass(byte[] pdf, Map<String, Integer> pages, int total, List<String> uncovered) {
    }

    private final FontFiles fonts;

    PackRenderer(FontFiles fonts) {
        this.fonts = fonts;
    }

    /**
     * @param knownPages the heading pages of the previous pass, or empty
     * @param knownTotal the page count of the previous pass, or 0
     */
    Pass render(Bank bank, PackOptions o, PackPlan plan, Map<String, Integer> knownPages, int knownTotal) {
        Styles styles = new Styles(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = Layout.document(o.paper());
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        Map<String, Integer> pages = new LinkedHashMap<>();
        PageDecorations decorations = new PageDecorations(styles, o.title(), headerRight(o), footerLeft(o),
                knownTotal, doc.right() - doc.left(), pages);
        writer.setPageEvent(decorations);

        doc.addTitle(oneLine(o.title()));
        doc.addSubject(oneLine("Interview study pack for " + o.company()
                + (o.role() == null ? "" : ", " + o.role()) + " (" + o.edition().label() + ")"));
        List<String> keywords = plan.keywords();
        doc.addKeywords(oneLine(String.join(", ", keywords.subList(0, Math.min(MAX_KEYWORDS, keywords.size())))));
        doc.addAuthor("Prepkit");
        doc.addCreator("Prepkit");
        doc.open();
        fixInfo(writer, bank, o);

        new CoverPage(styles).render(doc, bank, o, plan.questionCount());
        doc.newPage();
        Flow flow = new Flow(doc, writer, styles);
        flow.heading(plan.contents());
        flow.add(List.of(new TableOfContents(styles).table(plan.headings(), knownPages)), 0);
        body(flow, styles, o, plan, doc.right() - doc.left());
        flow.finish();
        doc.close();
        return new Pass(out.toByteArray(), pages, decorations.lastPage(), styles.uncovered());
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

    /** Dates from the options (not the clock), a file id from the content, the language. */
    private static void fixInfo(PdfWriter writer, Bank bank, PackOptions o) {
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
        byte[] id = md5(LAYOUT_VERSION + "\n" + o + "\n" + bank);
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("en"));
    }

    private static byte[] md5(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is missing from this Java runtime", e);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
