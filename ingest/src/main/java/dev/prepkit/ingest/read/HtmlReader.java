package dev.prepkit.ingest.read;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.RawDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a saved web page (HTML as browsers parse it, through jsoup) into blocks.
 *
 * <p>Page chrome is dropped first: {@code script}, {@code style}, {@code noscript}, {@code template}, {@code nav},
 * {@code aside}, {@code button}, {@code iframe}, {@code svg}, elements with {@code role="navigation"},
 * {@code header} and {@code footer} outside an {@code article} or {@code main} (inside one they are the article's),
 * and {@code form}s that hold no heading or article (a form wrapping a whole page, as ASP.NET pages do, is kept).
 * The body is then read in document order:
 * <ul>
 *   <li>{@code h1}-{@code h6}: a HEADING of that level;</li>
 *   <li>{@code p}, and each run of text and inline elements loose in a {@code div} (or any other container), split
 *       at {@code <br>}: a PARAGRAPH;</li>
 *   <li>{@code ul}, {@code ol}: a LIST of LIST_ITEMs; an item's marker is {@code -} in a {@code ul} and its number
 *       ({@code 1.}, {@code 3.} from {@code start}, {@code value}, {@code type}, {@code reversed}) in an
 *       {@code ol}; its level is how many lists enclose its list (0 at the top); its text is its first paragraph
 *       (its own text without nested lists) and its children are its nested lists and other blocks;</li>
 *   <li>a data {@code table}: a TABLE of TABLE_ROWs whose fields map the header's cell texts to the row's (the header
 *       is the first row with a {@code th}, else the first row); a layout table is read as its cells' content;</li>
 *   <li>{@code pre}: CODE, its text as written, the language of a {@code language-x} class in field {@code info};
 *       {@code blockquote}: a QUOTE of its blocks; {@code hr}: a SEPARATOR;</li>
 *   <li>{@code dt} and {@code summary}: a PARAGRAPH marked {@link dev.prepkit.ingest.document.Mark#MARKED_QUESTION};
 *       the blocks of a {@code dd} and of a {@code details} (after its summary) are marked
 *       {@link dev.prepkit.ingest.document.Mark#MARKED_ANSWER};</li>
 *   <li>schema.org FAQPage / QAPage questions, as microdata ({@code itemprop="name"} of a {@code Question},
 *       {@code itemprop="text"} of an {@code Answer}) or as JSON-LD ({@code mainEntity[].name},
 *       {@code acceptedAnswer.text}; see {@link JsonLdQuestions}): PARAGRAPHs marked as questions and answers. JSON-LD
 *       blocks are placed among the body's top-level blocks by line.</li>
 * </ul>
 * Text is jsoup's, entities decoded and white space folded; inline {@code <code>} is kept in backticks when it is
 * part of a longer text. A block is marked STRONG when all its text is in {@code b}/{@code strong}, LINK_ONLY when it
 * is all in {@code a}, ANCHOR_LINKS when those links all go to {@code #fragment}s. Every block's lines are the raw
 * lines of its element, from the positions jsoup tracks; malformed HTML (unclosed tags, a tag split over lines) reads
 * as a browser would. However deep the page nests, reading walks it without recursion (jsoup caps nesting at 512
 * levels: deeper elements become siblings).
 */
public final class HtmlReader implements SyntaxReader {

    private static final String CHROME = "script, style, noscript, template, nav, aside, button, iframe, svg, "
            + "[role=navigation]";
    private static final Pattern DOCUMENT_START = Pattern.compile("(?i)^(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*"
            + "(<!doctype\\s+html|<html[\\s>])", Pattern.DOTALL);
    private static final Pattern HEAD_OR_BODY = Pattern.compile("(?i)^\\s*</?(head|body)[\\s>]");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)^\\s*<(p|div|h[1-6]|ul|ol|li|table|tr|td|th"
            + "|section|article|main|blockquote|pre|dl|dt|dd|details|summary|thead|tbody)[\\s>/]");
    private static final Pattern MARKDOWN = Pattern.compile("^\\s*(#{1,6}\\s|[-*+]\\s|\\d+[.)]\\s|>|```|~~~|\\|)");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    /** How many block-level tag lines make a fragment without {@code <html>} an HTML page. */
    private static final int MIN_BLOCK_TAGS = 10;

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String description() {
        return "a saved web page: <!DOCTYPE html>, <html>, <head>/<body>, or lines of block-level HTML tags";
    }

    /**
     * @return 0.9 when the page says it is HTML: its text (after blank lines and comments) starts with
     *     {@code <!DOCTYPE html} or {@code <html}, a line outside a markdown code fence opens {@code <head>} or
     *     {@code <body>}, or at least {@value #MIN_BLOCK_TAGS} lines open block-level tags, making half the non-blank
     *     lines, with hardly any markdown syntax; else 0 (markdown with some inline HTML is not HTML)
     */
    @Override
    public double detect(RawDocument doc) {
        int first = LineIndex.firstNonBlank(doc);
        if (first == '<' || first == '\uFEFF') {
            // Only text that starts with a tag can be a whole page.
            String text = LineIndex.of(doc).text().strip();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (DOCUMENT_START.matcher(text).lookingAt()) {
                return 0.9;
            }
        }
        int nonBlank = 0;
        int blockTags = 0;
        int markdown = 0;
        boolean fenced = false;
        for (String line : doc.lines()) {
            // Each line pattern needs its own first character after the indentation: the others are not tried.
            char lead = lead(line);
            if ((lead == '`' || lead == '~') && FENCE.matcher(line).lookingAt()) {
                fenced = !fenced;
                markdown++;
                continue;
            }
            if (fenced || line.isBlank()) {
                continue;
            }
            nonBlank++;
            if (lead == '<' && HEAD_OR_BODY.matcher(line).lookingAt()) {
                return 0.9;
            }
            if (lead == '<' && BLOCK_TAG.matcher(line).lookingAt()) {
                blockTags++;
            } else if (("#-*+>`~|".indexOf(lead) >= 0 || lead >= '0' && lead <= '9') && MARKDOWN.matcher(line).lookingAt()) {
                markdown++;
            }
        }
        boolean fragment = blockTags >= MIN_BLOCK_TAGS && blockTags * 2 >= nonBlank && markdown * 10 <= nonBlank;
        return fragment ? 0.9 : 0;
    }

    /** The line's first character after leading {@code \\s} (space, tab, line breaks, form feed), or 0. */
    private static char lead(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (" \t\n\u000B\f\r".indexOf(c) < 0) {
                return c;
            }
        }
        return 0;
    }

    /**
     * Reads the page.
     *
     * @return the page's blocks in document order, each with the raw lines of its element; never null
     * @throws UnreadableDocumentException when no text is left once the chrome is dropped (an empty page, one of
     *     only scripts, images or navigation)
     */
    @Override
    public DocumentTree read(RawDocument doc) throws UnreadableDocumentException {
        LineIndex index = LineIndex.of(doc);
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(index.text(), "");
        List<List<Block>> jsonLd = new ArrayList<>();
        for (Element script : page.select("script[type]")) {
            if (script.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
                jsonLd.add(JsonLdQuestions.of(script, index));
            }
        }
        List<Block> removed = removeChrome(page, new SourceLines(index));
        List<Block> blocks = new HtmlBlocks(new SourceLines(index)).read(page.body());
        blocks = mergeByLine(blocks, removed);
        for (List<Block> found : jsonLd) {
            blocks = merge(blocks, found);
        }
        DocumentTree tree = new DocumentTree(doc, name(), blocks);
        if (tree.flatten().stream().allMatch(b -> b.text().isBlank()
                && (b.fields().isEmpty() || b.fields().containsKey("removed")))) {
            throw new UnreadableDocumentException(0, "the HTML page has no text: nothing is left of " + doc.path()
                    + " once scripts, styles, navigation and markup are set aside");
        }
        return tree;
    }

    /**
     * Removes the page's chrome and code, and returns a markup block for each removed element (field
     * {@code removed}: its tag name) so that its lines are accounted for: navigation is dropped, code is structure.
     */
    private static List<Block> removeChrome(Document page, SourceLines lines) {
        List<Element> gone = new ArrayList<>(page.select(CHROME));
        for (Element e : page.select("header, footer")) {
            if (e.closest("article, main") == null) {
                gone.add(e);
            }
        }
        for (Element form : page.select("form")) {
            if (form.selectFirst("h1, h2, h3, h4, h5, h6, article, main") == null) {
                gone.add(form);
            }
        }
        List<Block> out = new ArrayList<>();
        for (Element e : gone) {
            if (e.parent() != null && e.parents().stream().noneMatch(gone::contains)) {
                dev.prepkit.model.LineRange at = lines.of(e);
                if (at != null) {
                    String role = e.attr("role").equalsIgnoreCase("navigation") ? "nav" : e.tagName();
                    out.add(new Block(BlockKind.MARKUP, "", at, 0, null, java.util.Set.of(),
                            java.util.Map.of("removed", role), List.of()));
                }
            }
        }
        gone.forEach(Element::remove);
        out.sort(java.util.Comparator.comparingInt(Block::line));
        return out;
    }

    /** Two lists of blocks in line order, merged in line order. */
    private static List<Block> mergeByLine(List<Block> a, List<Block> b) {
        List<Block> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && a.get(i).line() <= b.get(j).line()) {
                out.add(a.get(i++));
            } else {
                out.add(b.get(j++));
            }
        }
        return out;
    }

    /** The body's blocks with JSON-LD blocks put before the first block that starts below them. */
    private static List<Block> merge(List<Block> blocks, List<Block> found) {
        if (found.isEmpty()) {
            return blocks;
        }
        int line = found.get(0).line();
        int at = 0;
        while (at < blocks.size() && blocks.get(at).line() <= line) {
            at++;
        }
        List<Block> out = new ArrayList<>(blocks.subList(0, at));
        out.addAll(found);
        out.addAll(blocks.subList(at, blocks.size()));
        return out;
    }
}
