package dev.prepkit.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.prepkit.ingest.document.Block;
import dev.prepkit.ingest.document.BlockKind;
import dev.prepkit.ingest.document.DocumentTree;
import dev.prepkit.model.LineRange;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelimitedReaderTest {

    private final DelimitedReader reader = new DelimitedReader();

    @Test
    void aQuotedMultiLineCellSpansItsPhysicalLines() throws Exception {
        DocumentTree tree = reader.read(Docs.fixture("csv/multiline.csv"));

        assertThat(tree.reader()).isEqualTo("csv");
        assertThat(tree.blocks()).extracting(Block::kind, Block::lines)
                .containsExactly(tuple(BlockKind.TABLE, new LineRange(1, 8)));
        List<Block> rows = tree.blocks().get(0).children();
        assertThat(rows).extracting(Block::kind, Block::lines).containsExactly(
                tuple(BlockKind.TABLE_ROW, LineRange.of(2)),
                tuple(BlockKind.TABLE_ROW, new LineRange(3, 6)),
                tuple(BlockKind.TABLE_ROW, LineRange.of(8)));
        assertThat(rows.get(0).fields()).containsExactly(entry("id", "112"),
                entry("question", "What are your strengths?"), entry("category", "General"),
                entry("topics", "Self-awareness, communication"));
        assertThat(rows.get(1).fields()).containsEntry("question",
                        "Describe a time you disagreed\nwith your manager.\n\nWhat did you do?")
                .containsEntry("topics", "Conflict, \"difficult\" conversations");
        assertThat(rows.get(2).fields()).containsEntry("question", "What is padding");
    }

    @Test
    void aTsvIsSplitAtTabsAndItsQuotesArePlainText() throws Exception {
        DocumentTree tree = reader.read(Docs.fixture("csv/questions.tsv"));

        assertThat(tree.blocks().get(0).children()).extracting(Block::lines, Block::fields).containsExactly(
                tuple(LineRange.of(2), java.util.Map.of("Title", "Two Sum", "Difficulty", "Easy", "Frequency", "0.92")),
                tuple(LineRange.of(3),
                        java.util.Map.of("Title", "LRU Cache", "Difficulty", "Medium", "Frequency", "0.81")),
                tuple(LineRange.of(4),
                        java.util.Map.of("Title", "\"Quoted\" title", "Difficulty", "Hard", "Frequency", "0.10")));
    }

    @Test
    void aSemicolonTableAfterBlankLinesNamesBlankAndRepeatedColumnsAndExtraCells() throws Exception {
        DocumentTree tree = reader.read(Docs.of("s.csv", "\n\nquestion;;question\nWhat is DNS?;x;y;z\n;;\nShort;\n"));

        assertThat(tree.blocks().get(0).lines()).isEqualTo(new LineRange(3, 6));
        assertThat(tree.blocks().get(0).children()).extracting(Block::lines, Block::fields).containsExactly(
                tuple(LineRange.of(4), java.util.Map.of("question", "What is DNS?", "column 2", "x",
                        "question (2)", "y", "column 4", "z")),
                tuple(LineRange.of(6), java.util.Map.of("question", "Short", "column 2", "")));
    }

    @Test
    void aHeaderWithoutRecordsOrAnUnclosedQuoteIsUnreadable() {
        assertThatThrownBy(() -> reader.read(Docs.of("a.csv", "question,answer\n")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("the CSV file has a header row but no records");
        assertThatThrownBy(() -> reader.read(Docs.of("a.csv", "question,answer\nWhat?,yes\n\"Why?,no\nHow?,so\n")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the CSV file has a malformed record at line 3: ")
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).line()).isEqualTo(3));
        assertThatThrownBy(() -> reader.read(Docs.of("a.csv", "  \n")))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("the CSV file is empty");
    }

    @Test
    void consistentDelimitedRecordsAreDetected() {
        assertThat(reader.detect(Docs.fixture("csv/multiline.csv"))).isEqualTo(0.85);
        assertThat(reader.detect(Docs.fixture("csv/questions.tsv"))).isEqualTo(0.85);
        assertThat(reader.detect(Docs.of("a", "a;b\n1;2\n3;4\n"))).isEqualTo(0.85);
    }

    @Test
    void proseMarkdownAndPipeTablesAreNotDelimited() {
        String prose = """
                Hello, this is my interview story.
                I applied in March, heard back in May, and went onsite in June.
                The first round was a phone screen.
                Then, after a week, a take-home.
                """;
        assertThat(reader.detect(Docs.of("a", prose))).isLessThanOrEqualTo(0.1);
        assertThat(reader.detect(Docs.of("a", "| Question | Level |\n|---|---|\n| What is X? | easy |\n")))
                .isZero();
        assertThat(reader.detect(Docs.of("a", "# Questions\n\n- What is a map, a set?\n"))).isZero();
        assertThat(reader.detect(Docs.of("a", ""))).isZero();
    }
}
