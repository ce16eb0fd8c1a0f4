package dev.prepkit.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.model.LineRange;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    private final PlainTextReader reader = new PlainTextReader();

    @Test
    void numberedItemsKeepTheirIndentedAnswersAsChildrenAndSeparatorsAreStructure() {
        DocumentTree tree = reader.read(MarkdownReaderTest.doc("""
                =========
                git interview questions:

                1. What is Git?
                   a version control system.
                2.Benefits of VCS?
                   easy to switch back.
                """));
        assertThat(tree.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.SEPARATOR, BlockKind.HEADING, BlockKind.LIST);
        Block list = tree.blocks().get(2);
        assertThat(list.children()).extracting(Block::text).containsExactly("What is Git?", "Benefits of VCS?");
        assertThat(list.children()).extracting(Block::marker).containsExactly("1.", "2.");
        assertThat(list.children().get(0).children()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("a version control system.");
            assertThat(c.lines()).isEqualTo(LineRange.of(5));
        });
    }

    @Test
    void anEmojiLineIsAHeaderAndAlignedLinesUnderItAreAListOfItems() {
        DocumentTree tree = reader.read(MarkdownReaderTest.doc("""
                🔹 SECTION 1: Git
                git fetch
                git pull vs git fetch
                What is a detached HEAD?
                """));
        assertThat(tree.blocks().get(0).kind()).isEqualTo(BlockKind.HEADING);
        assertThat(tree.blocks().get(1).children()).hasSize(3);
    }

    @Test
    void wrappedProseIsOneParagraph() {
        DocumentTree tree = reader.read(MarkdownReaderTest.doc("If you want to learn backend development through real-world project\nimplementations, "
                + "follow me or DM me.\n"));
        assertThat(tree.blocks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(BlockKind.PARAGRAPH);
            assertThat(b.lines()).isEqualTo(LineRange.of(1, 2));
        });
    }
}
