package dev.prepkit.export.xlsx;

import dev.prepkit.export.Bank;
import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Applies imported {@link Change}s to the bank's guides. */
public final class SheetChanges {

    private SheetChanges() {
    }

    /**
     * Applies the changes.
     *
     * @param bank the bank the changes were read against; never null
     * @param changes changes from {@link QuestionSheetReader}; never null
     * @return the changed guides only, updated, in bank order (questions keep their order and ids); empty when
     *     there is no change
     * @throws IllegalArgumentException when a change names a guide or question that is not in the bank, or its old
     *     value is not the question's current value (the bank changed since the import was read), or its new
     *     value is not valid for the field
     */
    public static List<Guide> apply(Bank bank, List<Change> changes) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(changes, "changes");
        Map<String, Guide> guides = new LinkedHashMap<>();
        bank.guides().forEach(g -> guides.putIfAbsent(g.id(), g));
        Map<String, Map<String, Question>> edited = new HashMap<>();
        for (Change c : changes) {
            Guide g = guides.get(c.guideId());
            if (g == null) {
                throw new IllegalArgumentException(c + ": guide " + c.guideId() + " is not in the bank");
            }
            Map<String, Question> questions = edited.computeIfAbsent(g.id(), k -> {
                Map<String, Question> m = new LinkedHashMap<>();
                g.questions().forEach(q -> m.putIfAbsent(q.id(), q));
                return m;
            });
            Question q = questions.get(c.questionId());
            if (q == null) {
                throw new IllegalArgumentException(c + ": question " + c.questionId() + " is not in guide " + g.id());
            }
            if (!Objects.equals(current(q, c.field()), c.oldValue())) {
                throw new IllegalArgumentException(c + ": the bank now holds '" + current(q, c.field())
                        + "'; read the sheet again");
            }
            questions.put(q.id(), with(q, c));
        }
        List<Guide> out = new ArrayList<>();
        for (Guide g : guides.values()) {
            Map<String, Question> questions = edited.get(g.id());
            if (questions != null) {
                List<Question> updated = new ArrayList<>();
                for (Question q : g.questions()) {
                    updated.add(questions.getOrDefault(q.id(), q));
                }
                out.add(g.withQuestions(updated));
            }
        }
        return List.copyOf(out);
    }

    /** The question's value of a field in the form {@link Change#oldValue()} uses. */
    static String current(Question q, String field) {
        return switch (field) {
            case Change.DIFFICULTY -> q.difficulty() == null ? null : q.difficulty().label();
            case Change.TAGS -> q.tags().isEmpty() ? null : TagList.format(q.tags());
            case Change.CATEGORY -> q.category();
            case Change.ROUND -> q.round();
            case Change.NOTES -> q.notes();
            default -> throw new IllegalArgumentException("unknown field " + field);
        };
    }

    private static Question with(Question q, Change c) {
        String v = c.newValue();
        return switch (c.field()) {
            case Change.DIFFICULTY -> q.withDifficulty(v == null ? null : Difficulty.fromLabel(v)
                    .orElseThrow(() -> new IllegalArgumentException(c + ": not a difficulty")));
            case Change.TAGS -> q.withTags(v == null ? List.of() : TagList.parse(v, q.tags())
                    .orElseThrow(() -> new IllegalArgumentException(c + ": not a tag list")));
            case Change.CATEGORY -> q.withCategory(v);
            case Change.ROUND -> q.withRound(v);
            case Change.NOTES -> q.withNotes(v);
            default -> throw new IllegalArgumentException("unknown field " + c.field());
        };
    }
}
