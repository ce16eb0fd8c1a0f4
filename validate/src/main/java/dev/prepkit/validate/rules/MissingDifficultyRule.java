package dev.prepkit.validate.rules;

import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.List;
import java.util.function.Consumer;

/** Every question needs a difficulty: a coach cannot build a mix without it. */
public final class MissingDifficultyRule implements GuideRule {

    /** The rule's id. */
    public static final String ID = "missing-difficulty";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a question has no difficulty (easy, medium or hard)";
    }

    @Override
    public void check(GuideFile file, RuleContext context, Consumer<Finding> sink) {
        List<Question> questions = file.guide().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.difficulty() == null) {
                Location at = file.locateQuestion(i, null);
                sink.accept(new Finding(ID, defaultSeverity(), at, "question '" + q.id()
                        + "' has no difficulty; expected one of easy, medium, hard",
                        "add 'difficulty: easy|medium|hard' to the question, chosen by reading it",
                        file.rawLocation(q).map(List::of).orElse(List.of())));
            }
        }
    }
}
