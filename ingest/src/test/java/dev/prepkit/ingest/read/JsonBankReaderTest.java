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

class JsonBankReaderTest {

    private final JsonBankReader reader = new JsonBankReader();

    @Test
    void anArrayBankGivesOneRowPerObjectFromItsQuestionKeyToItsClosingBrace() throws Exception {
        DocumentTree tree = reader.read(Docs.fixture("json/array-bank.json"));

        assertThat(tree.reader()).isEqualTo("json");
        assertThat(tree.blocks()).extracting(Block::kind, Block::lines)
                .containsExactly(tuple(BlockKind.TABLE, new LineRange(1, 18)));
        List<Block> rows = tree.blocks().get(0).children();
        assertThat(rows).extracting(Block::kind, Block::lines, Block::text).containsExactly(
                tuple(BlockKind.TABLE_ROW, new LineRange(3, 9), ""),
                tuple(BlockKind.TABLE_ROW, new LineRange(11, 16), ""),
                tuple(BlockKind.TABLE_ROW, LineRange.of(17), ""));
        assertThat(rows.get(0).fields()).containsExactly(
                entry("question", "What happens when you add a second node to a single-node cluster?"),
                entry("answer", "It joins as a worker; the control plane stays on one node."),
                entry("difficulty", "medium"),
                entry("tags", "openshift, scaling"),
                entry("points", "3"));
        assertThat(rows.get(1).fields()).containsExactly(entry("Question", "How do you approve pending CSRs?"),
                entry("difficulty", "easy"), entry("tags", ""), entry("draft", "false"));
        assertThat(rows.get(2).fields()).containsEntry("tags", "operations");
    }

    @Test
    void anObjectKeyedByIdsAddsTheKeyAsAFieldAndStartsEachRowAtItsQuestionKey() throws Exception {
        DocumentTree tree = reader.read(Docs.fixture("json/keyed-bank.json"));

        List<Block> rows = tree.blocks().get(0).children();
        assertThat(rows).extracting(Block::lines).containsExactly(
                new LineRange(4, 7), new LineRange(11, 13), new LineRange(16, 19));
        assertThat(rows.get(0).fields()).containsExactly(entry(JsonBankReader.KEY_FIELD, "1"),
                entry("text", "Tell me about yourself"), entry("common-topics", "Hobbies, Interests, Experience"),
                entry("category", "general"));
        assertThat(rows.get(1).fields()).containsExactly(entry(JsonBankReader.KEY_FIELD, "2"),
                entry("category", "specific"), entry("text", "Tell me about a project you made"),
                entry("common-topics", "Challenges, Skills"));
        assertThat(rows.get(2).fields()).containsEntry("tips", "Choose a real weakness you are working on.");
    }

    @Test
    void anObjectWithOneArrayOfQuestionsIsABank() throws Exception {
        DocumentTree tree = reader.read(Docs.of("b.json", """
                {
                  "title": "Behavioural questions",
                  "questions": [
                    {"prompt": "Tell me about a conflict.", "round": "HR"},
                    {"id": 7,
                     "prompt": "Why do you want to leave?"}
                  ]
                }"""));

        assertThat(tree.blocks().get(0).children()).extracting(Block::lines, Block::fields).containsExactly(
                tuple(LineRange.of(4), java.util.Map.of("prompt", "Tell me about a conflict.", "round", "HR")),
                tuple(LineRange.of(6), java.util.Map.of("id", "7", "prompt", "Why do you want to leave?")));
    }

    @Test
    void severalArraysOfQuestionsAreReadInOrderEachRowNamingItsArray() throws Exception {
        DocumentTree tree = reader.read(Docs.of("b.json", """
                {"easy": [{"q": "What is a list?"}],
                 "hard": [{"q": "What is a monad?"}]}"""));

        assertThat(tree.blocks().get(0).children()).extracting(Block::fields).containsExactly(
                java.util.Map.of(JsonBankReader.GROUP_FIELD, "easy", "q", "What is a list?"),
                java.util.Map.of(JsonBankReader.GROUP_FIELD, "hard", "q", "What is a monad?"));
    }

    @Test
    void jsonThatIsNotAQuestionBankIsUnreadable() {
        for (String json : List.of("{\"name\": \"prepkit\", \"version\": \"1.0\", \"scripts\": {\"build\": \"x\"}}",
                "[\"What is a list?\", \"What is a map?\"]", "[{\"id\": 1}, {\"id\": 2}]", "42")) {
            assertThatThrownBy(() -> reader.read(Docs.of("x.json", json)))
                    .isInstanceOf(UnreadableDocumentException.class)
                    .hasMessage("the JSON file is not a question bank: expected an array of objects with a "
                            + "'question' or 'text' field");
        }
    }

    @Test
    void invalidJsonIsUnreadableWithTheLineAndColumnOfTheError() {
        assertThatThrownBy(() -> reader.read(Docs.of("x.json", "[\n  {\"question\": \"What is a list?\"},\n  }\n]")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("the JSON file is not valid JSON: line 3, column 3: ")
                .satisfies(e -> assertThat(((UnreadableDocumentException) e).line()).isEqualTo(3));
    }

    @Test
    void deeplyNestedJsonIsUnreadableNotAStackOverflow() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        assertThatThrownBy(() -> reader.read(Docs.of("x.json", deep)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("nesting depth");
    }

    @Test
    void textThatParsesAsJsonIsDetectedBrokenJsonLessSoAndOtherTextNot() {
        assertThat(reader.detect(Docs.fixture("json/keyed-bank.json"))).isEqualTo(0.95);
        assertThat(reader.detect(Docs.of("a", "\n  [1, 2]\n"))).isEqualTo(0.95);
        assertThat(reader.detect(Docs.of("a", "[Intro](#intro)\n\n# Questions\n"))).isZero();
        assertThat(reader.detect(Docs.of("a", "{\"question\": \"unterminated\"\n"))).isZero();
        // Bracketed and keyed like JSON but not one JSON value (JSON Lines, a broken bank): still JSON, so that
        // reading it names the bad line instead of reading braces as text.
        assertThat(reader.detect(Docs.of("a", "{\"a\": 1}\n{\"a\": 2}\n"))).isEqualTo(0.6);
        assertThat(reader.detect(Docs.of("a", "question,answer\n"))).isZero();
    }
}
