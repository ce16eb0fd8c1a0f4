package dev.prepkit.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Objects;

/**
 * One interview question of a guide.
 *
 * @param id stable id ({@code q-} and 10 hex digits) derived by {@link QuestionIds#of} from the guide id and
 *     the normalized text; never null
 * @param text the question as the candidate reads it; never null or blank
 * @param role the role it is asked for ("Data Engineer"), or null
 * @param category its category ("System Design", "Freedom & Responsibility"), or null
 * @param round the name of the {@link Round} it belongs to, or null
 * @param difficulty how hard it is, or null when nobody rated it yet
 * @param tags canonical taxonomy tags (or, before curation, tags as the page wrote them); never null
 * @param notes the curator's notes for coaches, or null
 * @param status whether it is still in its raw source; null reads as {@link QuestionStatus#ACTIVE}
 * @param distinctFrom ids of questions a curator declared distinct from this one; never null
 * @param lines the raw-file lines it came from, or null for a question written by hand
 * @param difficultyLabel a difficulty label that is not easy, medium or hard ({@code Tricky}, {@code Hard} in
 *     another case), kept as written until a curator or {@code prepkit fix} maps it; null when {@code difficulty} is
 *     set or no label was given. Both are written as the one YAML key {@code difficulty}.
 * @param alsoAt the other raw-file lines where the page repeats this question; never null
 */
@JsonSerialize(converter = QuestionForm.Write.class)
@JsonDeserialize(converter = QuestionForm.Read.class)
public record Question(
        String id,
        String text,
        String role,
        String category,
        String round,
        Difficulty difficulty,
        List<String> tags,
        String notes,
        QuestionStatus status,
        List<String> distinctFrom,
        LineRange lines,
        String difficultyLabel,
        List<LineRange> alsoAt) {

    public Question {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
        distinctFrom = distinctFrom == null ? List.of() : List.copyOf(distinctFrom);
        status = status == QuestionStatus.ACTIVE ? null : status;
        difficultyLabel = difficulty != null || difficultyLabel == null || difficultyLabel.isBlank() ? null
                : difficultyLabel.strip();
        alsoAt = alsoAt == null ? List.of() : List.copyOf(alsoAt);
    }

    /** A question with no raw difficulty label and no repeats. */
    public Question(String id, String text, String role, String category, String round, Difficulty difficulty,
            List<String> tags, String notes, QuestionStatus status, List<String> distinctFrom, LineRange lines) {
        this(id, text, role, category, round, difficulty, tags, notes, status, distinctFrom, lines, null, List.of());
    }

    /** Whether the question is still in its raw source. */
    @JsonIgnore
    public boolean isActive() {
        return status == null || status == QuestionStatus.ACTIVE;
    }

    /** A copy with another difficulty. */
    public Question withDifficulty(Difficulty value) {
        return new Question(id, text, role, category, round, value, tags, notes, status, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }

    /** A copy with other tags. */
    public Question withTags(List<String> value) {
        return new Question(id, text, role, category, round, difficulty, value, notes, status, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }

    /** A copy with another category (null for none). */
    public Question withCategory(String value) {
        return new Question(id, text, role, value, round, difficulty, tags, notes, status, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }

    /** A copy with another round (null for none). */
    public Question withRound(String value) {
        return new Question(id, text, role, category, value, difficulty, tags, notes, status, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }

    /** A copy with other notes (null for none). */
    public Question withNotes(String value) {
        return new Question(id, text, role, category, round, difficulty, tags, value, status, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }

    /** A copy with the other raw lines where the page repeats it. */
    public Question withAlsoAt(List<LineRange> value) {
        return new Question(id, text, role, category, round, difficulty, tags, notes, status, distinctFrom, lines,
                difficultyLabel, value);
    }

    /** A copy with another status. */
    public Question withStatus(QuestionStatus value) {
        return new Question(id, text, role, category, round, difficulty, tags, notes, value, distinctFrom, lines,
                difficultyLabel, alsoAt);
    }
}
