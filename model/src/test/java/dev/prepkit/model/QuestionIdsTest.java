package dev.prepkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {

    @Test
    void caseWhitespaceAndPunctuationChangesKeepTheId() {
        String id = QuestionIds.of("netflix-x", "Why are you interested in the role at Netflix?");
        assertThat(QuestionIds.of("netflix-x", "why are  you interested in the role at Netflix"))
                .isEqualTo(id);
        assertThat(QuestionIds.of("netflix-x", "Why are you interested in the role, at Netflix.")).isEqualTo(id);
    }

    @Test
    void curlyAndStraightApostrophesGiveTheSameId() {
        assertThat(QuestionIds.of("g", "What\u2019s your approach?")).isEqualTo(QuestionIds.of("g", "What's your approach?"));
    }

    @Test
    void anotherWordOrAnotherGuideGivesAnotherId() {
        String id = QuestionIds.of("g", "Design a rate limiter");
        assertThat(QuestionIds.of("g", "Design a URL shortener")).isNotEqualTo(id);
        assertThat(QuestionIds.of("h", "Design a rate limiter")).isNotEqualTo(id);
    }

    @Test
    void idsHaveTheSchemaForm() {
        assertThat(QuestionIds.of("g", "Anything?")).matches("q-[0-9a-f]{10}");
    }
}
