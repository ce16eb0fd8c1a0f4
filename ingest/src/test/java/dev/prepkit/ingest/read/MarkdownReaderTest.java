package dev.prepkit.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.ingest.document.Mark;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.model.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

    static RawDocument doc(String text) {
        return new RawDocument("t.md", "raw/t.md", "0".repeat(64), List.of(text.split("\n", -1)));
    }

    private final MarkdownReader reader = new MarkdownReader();

    @Test
    void headingsListsAndNestedItemsKeepTheirMarkersDepthAndSourceLines() {
        DocumentTree tree = reader.read(doc("""
                # Guide

                ## Facebook

                1. Why this position?
                2. [E] What is a hash map?
                    - How does it resize?
                """));
        List<Block> blocks = tree.blocks();
        assertThat(blocks).extracting(Block::kind).containsExactly(BlockKind.HEADING, BlockKind.HEADING, BlockKind.LIST);
        assertThat(blocks.get(1).level()).isEqualTo(2);
        assertThat(blocks.get(1).lines()).isEqualTo(LineRange.of(3));
        List<Block> items = blocks.get(2).children();
        assertThat(items).extracting(Block::marker).containsExactly("1.", "2.");
        assertThat(items).extracting(Block::text).containsExactly("Why this position?", "[E] What is a hash map?");
        assertThat(items.get(1).lines()).isEqualTo(LineRange.of(6));
        Block nested = items.get(1).children().get(0).children().get(0);
        assertThat(nested.text()).isEqualTo("How does it resize?");
        assertThat(nested.level()).isEqualTo(1);
        assertThat(nested.lines()).isEqualTo(LineRange.of(7));
    }

    @Test
    void frontMatterFieldsAnchorLinksStrongLinesAndInlineCodeAreRead() {
        DocumentTree tree = reader.read(doc("""
                ---
                title: "Code Interviews"
                company: Acme
                ---

                * [SQL](#sql)

                **Coding round questions**

                What does `git rebase` do?
                """));
        List<Block> blocks = tree.blocks();
        assertThat(blocks.get(0).kind()).isEqualTo(BlockKind.FRONT_MATTER);
        assertThat(blocks.get(0).fields()).containsEntry("company", "Acme");
        assertThat(blocks.get(0).lines()).isEqualTo(LineRange.of(1, 4));
        assertThat(blocks.get(1).children().get(0).marks()).contains(Mark.ANCHOR_LINKS, Mark.LINK_ONLY);
        assertThat(blocks.get(2).marks()).contains(Mark.STRONG);
        assertThat(blocks.get(3).text()).isEqualTo("What does `git rebase` do?");
    }

    @Test
    void aParagraphWhoseLinesEachAskIsOneBlockPerLine() {
        DocumentTree tree = reader.read(doc("He asked:\n\nWhy this project?\nHow will you sell it?\n"));
        assertThat(tree.blocks()).extracting(Block::text)
                .containsExactly("He asked:", "Why this project?", "How will you sell it?");
        assertThat(tree.blocks().get(2).lines()).isEqualTo(LineRange.of(4));
    }

    @Test
    void anHtmlBlockWithAHeadingGivesAHeadingOnItsOwnLine() {
        DocumentTree tree = reader.read(doc("<div>\n  <img src=\"a.png\">\n  <h2>The screener</h2>\n</div>\n"));
        assertThat(tree.blocks()).first().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.HEADING);
            assertThat(b.text()).isEqualTo("The screener");
            assertThat(b.lines()).isEqualTo(LineRange.of(3));
        });
    }
}
