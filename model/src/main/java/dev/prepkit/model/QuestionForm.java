package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import tools.jackson.databind.util.StdConverter;

/**
 * A {@link Question} as written in guide YAML: one {@code difficulty} key holds either the canonical difficulty
 * ({@code easy}, {@code medium}, {@code hard}) or a raw label kept for a curator or {@code prepkit fix} to map
 * ({@code Tricky}, {@code Hard}); the converters turn one form into the other.
 */
@JsonPropertyOrder({"id", "text", "role", "category", "round", "difficulty", "tags", "notes", "status",
    "distinctFrom", "lines", "alsoAt"})
record QuestionForm(String id, String text, String role, String category, String round, String difficulty,
        List<String> tags, String notes, QuestionStatus status, List<String> distinctFrom, LineRange lines,
        List<LineRange> alsoAt) {

    /** Question → its YAML form. */
    static final class Write extends StdConverter<Question, QuestionForm> {
        @Override
        public QuestionForm convert(Question q) {
            return new QuestionForm(q.id(), q.text(), q.role(), q.category(), q.round(),
                    q.difficulty() != null ? q.difficulty().label() : q.difficultyLabel(), q.tags(), q.notes(),
                    q.status(), q.distinctFrom(), q.lines(), q.alsoAt());
        }
    }

    /** YAML form → question: only an exact {@code easy}, {@code medium} or {@code hard} is a difficulty. */
    static final class Read extends StdConverter<QuestionForm, Question> {
        @Override
        public Question convert(QuestionForm f) {
            Difficulty d = f.difficulty() == null ? null : Difficulty.fromLabel(f.difficulty())
                    .filter(x -> x.label().equals(f.difficulty())).orElse(null);
            return new Question(f.id(), f.text(), f.role(), f.category(), f.round(), d, f.tags(), f.notes(),
                    f.status(), f.distinctFrom(), f.lines(), d == null ? f.difficulty() : null, f.alsoAt());
        }
    }
}
