package dev.prepkit.ingest.interpret.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.draft.ParsedGuide;
import dev.prepkit.ingest.document.RawDocument;
import dev.prepkit.ingest.interpret.Interpreter;
import dev.prepkit.ingest.read.PlainTextReader;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardPatternTest {

    private static ParsedGuide read(String resource) throws Exception {
        String text = new String(CardPatternTest.class.getResourceAsStream(resource).readAllBytes(),
                StandardCharsets.UTF_8);
        RawDocument doc = new RawDocument("raw/acme/bank.txt", "raw/acme/bank.txt", "0".repeat(64),
                List.of(text.split("\n", -1)));
        return new Interpreter().interpret(new PlainTextReader().read(doc), "acme-bank", "text");
    }

    @Test
    void cardsInAnyTextGiveQuestionsWithRoleCategoryDifficultyAndTags() throws Exception {
        ParsedGuide p = read("/patterns/card/bank.txt");
        assertThat(p.guide().questions()).hasSize(2);
        Question first = p.guide().questions().get(0);
        assertThat(first.text()).isEqualTo("Design a URL shortener that serves a billion redirects a day.");
        assertThat(first.role()).isEqualTo("Backend Engineer");
        assertThat(first.category()).isEqualTo("System Design");
        assertThat(first.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(first.tags()).containsExactly("Caching", "Hashing");
        assertThat(first.lines()).isEqualTo(LineRange.of(3, 10));
        Question second = p.guide().questions().get(1);
        assertThat(second.difficulty()).isEqualTo(Difficulty.MEDIUM);
        assertThat(second.tags()).containsExactly("SQL", "Window Functions");
        assertThat(p.ledger().unclassified()).isEmpty();
        assertThat(p.decisions()).anySatisfy(d -> assertThat(d.became()).startsWith("question (card"));
    }

    @Test
    void aRunThatBreaksTheCardShapeIsNotClaimed() throws Exception {
        CardPattern card = new CardPattern();
        RawDocument doc = new RawDocument("t.txt", "raw/t.txt", "0".repeat(64),
                List.of("Backend Engineer", "System Design", "hard", "Design a cache.", "#Caching"));
        var items = new PlainTextReader().read(doc).blocks().get(0).children();
        assertThat(card.claim(items, 0)).isZero();
    }
}
