package dev.prepkit.ingest.read;

import static dev.prepkit.ingest.document.BlockKind.CODE;
import static dev.prepkit.ingest.document.BlockKind.HEADING;
import static dev.prepkit.ingest.document.BlockKind.LIST;
import static dev.prepkit.ingest.document.BlockKind.LIST_ITEM;
import static dev.prepkit.ingest.document.BlockKind.PARAGRAPH;
import static dev.prepkit.ingest.document.BlockKind.TABLE;
import static dev.prepkit.ingest.document.BlockKind.TABLE_ROW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.model.LineRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private final HtmlReader reader = new HtmlReader();

    private DocumentTree read(String text) throws UnreadableDocumentException {
        return content(reader.read(Docs.of("t.html", text)));
    }

    /** The page's content blocks, without the markers of the chrome and code the reader set aside. */
    private static DocumentTree content(DocumentTree tree) {
        return new DocumentTree(tree.doc(), tree.reader(), tree.blocks().stream()
                .filter(b -> !b.fields().containsKey("removed")).toList());
    }

    private DocumentTree fixture(String name) throws UnreadableDocumentException {
        return content(reader.read(Docs.fixture(name)));
    }

    @Test
    void aQuestionListUnderAHeadingBecomesListItemsWithTheirSourceLines() throws Exception {
        DocumentTree tree = fixture("html/static-site.html");

        assertThat(tree.reader()).isEqualTo("html");
        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(HEADING, "Every Interview Question", LineRange.of(22)),
                tuple(PARAGRAPH, "The questions I was asked, grouped by company, in the order they were asked.",
                        LineRange.of(23)),
                tuple(PARAGRAPH, "Company 0 \u00B7 Company 1", LineRange.of(24)),
                tuple(HEADING, "Company 0", LineRange.of(25)),
                tuple(LIST, "", new LineRange(26, 36)),
                tuple(HEADING, "Company 1", LineRange.of(37)),
                tuple(LIST, "", new LineRange(38, 42)),
                tuple(CODE, "int main(void) {\n    return 0;\n}", new LineRange(43, 45)),
                tuple(PARAGRAPH, "tags: career", LineRange.of(46)));
        assertThat(tree.blocks().get(3).level()).isEqualTo(3);

        Block company0 = tree.blocks().get(4);
        assertThat(company0.children()).extracting(Block::text, Block::lines, Block::marker, Block::level)
                .containsExactly(
                        tuple("Write a function to print out all permutations of a string.", LineRange.of(27), "-", 0),
                        tuple("Reverse a string in place: `void reverse(char *str)`", LineRange.of(28), "-", 0),
                        tuple("memcpy", LineRange.of(29), "-", 0),
                        tuple("Data structures", new LineRange(30, 35), "-", 0));
        Block nested = company0.children().get(3).children().get(0);
        assertThat(nested.kind()).isEqualTo(LIST);
        assertThat(nested.children()).extracting(Block::text, Block::lines, Block::level).containsExactly(
                tuple("What is a heap?", LineRange.of(32), 1),
                tuple("How does a hash map handle collisions?", LineRange.of(33), 1));
        assertThat(nested.children().get(0).marks()).isEmpty();
        assertThat(nested.children().get(1).marks()).containsExactly(Mark.STRONG);

        assertThat(tree.blocks().get(6).children()).extracting(Block::text, Block::lines, Block::marker)
                .containsExactly(
                        tuple("Find an element in a sorted array.", LineRange.of(39), "3."),
                        tuple("Print out a tree in level-order, one line per level.", new LineRange(40, 41), "4."));
        assertThat(tree.blocks().get(7).fields()).containsExactly(Map.entry("info", "c"));
    }

    @Test
    void navigationHeaderFooterAndScriptsAreLeftOut() throws Exception {
        DocumentTree tree = fixture("html/static-site.html");

        assertThat(tree.flatten()).extracting(Block::text)
                .noneMatch(t -> t.contains("Home") || t.contains("About") || t.contains("Twitter")
                        || t.contains("Copyright") || t.contains("dataLayer") || t.equals("Interview Questions"));
    }

    @Test
    void anArticlesOwnHeaderAndAFormWrappingThePageAreKept() throws Exception {
        DocumentTree tree = read("""
                <body><form id="form1">
                <article><header><h1>Acme SRE interview</h1></header>
                <ul><li>What is an error budget?</li></ul></article>
                </form>
                <form action="/search"><label>Search the site</label><input name="q"></form>
                </body>""");

        assertThat(tree.flatten()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(HEADING, "Acme SRE interview", LineRange.of(2)),
                tuple(LIST, "", LineRange.of(3)),
                tuple(LIST_ITEM, "What is an error budget?", LineRange.of(3)));
    }

    @Test
    void linksMarkTheirBlocksAndAnchorLinksMarkATableOfContents() throws Exception {
        DocumentTree tree = fixture("html/static-site.html");

        assertThat(tree.blocks().get(2).marks()).containsExactlyInAnyOrder(Mark.LINK_ONLY, Mark.ANCHOR_LINKS);
        assertThat(tree.blocks().get(8).marks()).isEmpty();
        DocumentTree links = read("<body><p><a href=\"/a\">One</a>, <a href=\"/b\">Two</a></p></body>");
        assertThat(links.blocks().get(0).marks()).containsExactly(Mark.LINK_ONLY);
    }

    @Test
    void aHandWrittenQaPageReadsDespiteMalformedMarkup() throws Exception {
        DocumentTree tree = fixture("html/qa-page.html");

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines).startsWith(
                tuple(PARAGRAPH, "Back to Home", LineRange.of(13)),
                tuple(HEADING, "C# Interview Questions", LineRange.of(15)),
                tuple(HEADING, "1. What is the difference between `ref` and `out`?", LineRange.of(18)),
                tuple(PARAGRAPH, "`ref` needs an initialised variable; `out` must be assigned before the method "
                        + "returns.", LineRange.of(19)),
                tuple(HEADING, "2. How do you implement a `singleton` in C#?", new LineRange(23, 25)),
                tuple(PARAGRAPH, "With a private constructor & a static instance.", new LineRange(26, 28)));
        assertThat(tree.blocks().get(0).marks()).containsExactly(Mark.LINK_ONLY);
        assertThat(tree.blocks().get(4).level()).isEqualTo(2);
    }

    @Test
    void anUnclosedHeadingEndsWhereItsContainerEndsAndLooseTextSplitsAtLineBreaks() throws Exception {
        DocumentTree tree = fixture("html/qa-page.html");

        List<Block> rest = tree.blocks().subList(6, tree.blocks().size());
        assertThat(rest).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(HEADING, "3. What is a `delegate`? A type that references methods with a given signature.",
                        new LineRange(34, 36)),
                tuple(PARAGRAPH, "Loose text after the questions.", LineRange.of(38)),
                tuple(PARAGRAPH, "A second loose line.", LineRange.of(39)));
    }

    @Test
    void aFaqPageJsonLdGivesMarkedQuestionsAndAnswersOnTheLinesOfTheirProperties() throws Exception {
        DocumentTree tree = fixture("html/faq-jsonld.html");

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines, Block::marks).containsExactly(
                tuple(PARAGRAPH, "What is a Pod?", LineRange.of(12), java.util.Set.of(Mark.MARKED_QUESTION)),
                tuple(PARAGRAPH, "The smallest deployable unit: one or more containers sharing a network namespace.",
                        LineRange.of(15), java.util.Set.of(Mark.MARKED_ANSWER)),
                tuple(PARAGRAPH, "What does a Service do?", LineRange.of(20), java.util.Set.of(Mark.MARKED_QUESTION)),
                tuple(PARAGRAPH, "It gives a set of Pods one stable address & name.", LineRange.of(23),
                        java.util.Set.of(Mark.MARKED_ANSWER)),
                tuple(HEADING, "Kubernetes interview FAQ", LineRange.of(31), java.util.Set.of()),
                tuple(PARAGRAPH, "Two questions every platform interview asks.", LineRange.of(32),
                        java.util.Set.of()));
    }

    @Test
    void microdataQuestionsAndAnswersAreMarked() throws Exception {
        DocumentTree tree = read("""
                <html><body>
                <div itemscope itemtype="https://schema.org/FAQPage">
                  <div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">
                    <h3 itemprop="name">What is a <code>volatile</code> field?</h3>
                    <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer">
                      <div itemprop="text"><p>One whose reads see the latest write.</p></div>
                    </div>
                  </div>
                </div>
                </body></html>""");

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(PARAGRAPH, "What is a `volatile` field?", LineRange.of(4)),
                tuple(PARAGRAPH, "One whose reads see the latest write.", LineRange.of(6)));
        assertThat(tree.blocks().get(0).marks()).containsExactly(Mark.MARKED_QUESTION);
        assertThat(tree.blocks().get(1).marks()).containsExactly(Mark.MARKED_ANSWER);
    }

    @Test
    void detailsAndDefinitionListsMarkQuestionsAndAnswers() throws Exception {
        DocumentTree tree = fixture("html/details.html");

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(HEADING, "Git questions", LineRange.of(4)),
                tuple(PARAGRAPH, "What does `git rebase` do?", LineRange.of(6)),
                tuple(PARAGRAPH, "It replays commits on top of another base.", LineRange.of(7)),
                tuple(CODE, "git rebase main", LineRange.of(8)),
                tuple(PARAGRAPH, "What is a detached HEAD?", LineRange.of(11)),
                tuple(PARAGRAPH, "HEAD points at a commit, not a branch.", LineRange.of(12)),
                tuple(PARAGRAPH, "What is a fast-forward merge?", LineRange.of(15)),
                tuple(PARAGRAPH, "A merge that only moves the branch pointer.", LineRange.of(16)));
        assertThat(tree.blocks()).extracting(b -> b.has(Mark.MARKED_QUESTION), b -> b.has(Mark.MARKED_ANSWER))
                .containsExactly(tuple(false, false), tuple(true, false), tuple(false, true), tuple(false, true),
                        tuple(true, false), tuple(false, true), tuple(true, false), tuple(false, true));
        assertThat(tree.blocks().get(4).has(Mark.STRONG)).isTrue();
    }

    @Test
    void aDataTableBecomesRowsKeyedByItsHeaderCells() throws Exception {
        DocumentTree tree = read("""
                <table>
                  <caption>Questions by round</caption>
                  <tr><th>Question</th><th>Round</th><th></th></tr>
                  <tr><td>What is <code>CAP</code>?</td><td>System design</td><td>new</td></tr>
                  <tr>
                    <td>Design a URL shortener</td><td colspan="2">Onsite</td>
                  </tr>
                </table>""");

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines).containsExactly(
                tuple(PARAGRAPH, "Questions by round", LineRange.of(2)),
                tuple(TABLE, "", new LineRange(1, 8)));
        assertThat(tree.blocks().get(1).children()).extracting(Block::kind, Block::lines, Block::fields)
                .containsExactly(
                        tuple(TABLE_ROW, LineRange.of(4),
                                Map.of("Question", "What is `CAP`?", "Round", "System design", "column 3", "new")),
                        tuple(TABLE_ROW, new LineRange(5, 7),
                                Map.of("Question", "Design a URL shortener", "Round", "Onsite")));
    }

    @Test
    void aLayoutTableIsReadAsItsCellsContent() throws Exception {
        DocumentTree tree = read("""
                <table><tr><td>
                <h2>Questions</h2>
                <ul><li>Why this company?</li></ul>
                </td></tr></table>""");

        assertThat(tree.blocks()).extracting(Block::kind, Block::lines)
                .containsExactly(tuple(HEADING, LineRange.of(2)), tuple(LIST, LineRange.of(3)));
    }

    @Test
    void orderedListMarkersFollowStartTypeValueAndReversed() throws Exception {
        DocumentTree tree = read("""
                <ol type="a" start="2"><li>one</li><li>two</li></ol>
                <ol reversed><li>three</li><li value="7">four</li><li>five</li></ol>
                <ol type="I"><li>six</li></ol>""");

        assertThat(Docs.all(tree, LIST_ITEM)).extracting(Block::marker)
                .containsExactly("b.", "c.", "3.", "7.", "6.", "I.");
    }

    @Test
    void anItemWhoseTextIsAParagraphTakesItAndKeepsTheRestAsChildren() throws Exception {
        DocumentTree tree = read("""
                <ul>
                <li>
                  <p>What is a closure?</p>
                  <pre>const f = () => x;</pre>
                </li>
                <li>plain <code>code</code> item
                <li>unclosed item
                </ul>""");

        List<Block> items = Docs.all(tree, LIST_ITEM);
        assertThat(items).extracting(Block::text, Block::lines).containsExactly(
                tuple("What is a closure?", new LineRange(2, 5)),
                tuple("plain `code` item", LineRange.of(6)),
                tuple("unclosed item", LineRange.of(7)));
        assertThat(items.get(0).children()).extracting(Block::kind).containsExactly(CODE);
    }

    @Test
    void tenThousandNestedDivsReadWithoutOverflowingTheStack() throws Exception {
        String deep = "<html><body>\n" + "<div>".repeat(10_000) + "\n<p>Deep question?</p>\n"
                + "</div>".repeat(10_000) + "\n</body></html>";

        DocumentTree tree = read(deep);

        assertThat(tree.blocks()).extracting(Block::kind, Block::text, Block::lines)
                .containsExactly(tuple(PARAGRAPH, "Deep question?", LineRange.of(3)));
    }

    @Test
    void deeplyNestedListsAndInlineMarkupReadWithoutOverflowingTheStack() throws Exception {
        String lists = "<ul><li>item".repeat(2_000) + "</li></ul>".repeat(2_000);
        String inline = "<p>" + "<b><i>".repeat(2_000) + "bold" + "</i></b>".repeat(2_000) + "</p>";

        assertThat(read(lists).flatten()).isNotEmpty();
        assertThat(read(inline).blocks()).extracting(Block::text).containsExactly("bold");
    }

    @Test
    void aPageWithNoTextIsUnreadable() {
        assertThatThrownBy(() -> read("""
                <!DOCTYPE html>
                <html><head><title>Nothing</title><script>var x = 1;</script></head>
                <body><nav><a href="/">Home</a></nav><img src="a.png"><div>  &nbsp; </div></body></html>"""))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the HTML page has no text: ");
    }

    @Test
    void aPageStartsWithADoctypeAnHtmlTagOrHasAHeadOrBody() {
        assertThat(reader.detect(Docs.of("a", "\n\n<!DOCTYPE html>\n<html><body><p>x</p></body></html>")))
                .isEqualTo(0.9);
        assertThat(reader.detect(Docs.of("a", "<!-- saved from url=(0014)about:internet -->\n<html>\n<p>x</p>")))
                .isEqualTo(0.9);
        assertThat(reader.detect(Docs.of("a", "<meta charset=\"utf-8\">\n<body>\n<p>x</p>\n</body>"))).isEqualTo(0.9);
        assertThat(reader.detect(Docs.fixture("html/qa-page.html"))).isEqualTo(0.9);
    }

    @Test
    void manyBlockTagsWithoutMarkdownAreAnHtmlFragment() {
        String fragment = "<h2>Questions</h2>\n" + "<p>What is a monad?</p>\n".repeat(12);

        assertThat(reader.detect(Docs.of("a", fragment))).isEqualTo(0.9);
    }

    @Test
    void markdownWithSomeInlineHtmlIsNotHtml() {
        String markdown = """
                <p align="center"><img src="logo.png" width="200"></p>
                <center><b>Interview questions</b></center>

                # Java questions

                <table>
                <tr><td>Level</td><td>Senior</td></tr>
                </table>

                - What is the JVM?
                - What is a <b>classloader</b>?

                ```html
                <html>
                <body><p>an example page</p></body>
                </html>
                ```
                """;

        assertThat(reader.detect(Docs.of("README.md", markdown))).isZero();
        assertThat(reader.detect(Docs.of("a.md", "# Title\n\nJust text.\n"))).isZero();
    }

    @Test
    void theChromeAndCodeSetAsideKeepTheirLinesAsMarkers() throws Exception {
        DocumentTree tree = reader.read(Docs.of("t.html", "<html><body>\n<nav>\n<a href=\"/\">Home</a>\n</nav>\n"
                + "<script>\nvar x = 1;\n</script>\n<h2>Git</h2>\n<ul><li>What is a rebase?</li></ul>\n</body></html>"));
        assertThat(tree.blocks()).filteredOn(b -> b.fields().containsKey("removed"))
                .extracting(b -> b.fields().get("removed"), Block::lines)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("nav", dev.prepkit.model.LineRange.of(2, 4)),
                        org.assertj.core.groups.Tuple.tuple("script", dev.prepkit.model.LineRange.of(5, 7)));
    }
}
