package dev.prepkit.validate.rules;

import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionText;
import dev.prepkit.model.Round;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Rules on what a guide says: a question that is empty or very short ({@value #SHORT}), text that does not read as
 * a question or prompt ({@value #NOT_A_QUESTION}), a page that claims another number of questions or rounds than
 * it holds ({@value #DECLARED_COUNT}), questions no longer in their raw source ({@value #REMOVED}), answers whose
 * questions were lost ({@value #ORPHANS}), and a question naming a round the guide does not have
 * ({@value #UNKNOWN_ROUND}).
 */
public final class ContentRules implements GuideRule {

    /** Rule id. */
    public static final String SHORT = "short-question";
    /** Rule id. */
    public static final String NOT_A_QUESTION = "not-a-question";
    /** Rule id. */
    public static final String DECLARED_COUNT = "declared-count";
    /** Rule id. */
    public static final String REMOVED = "removed-from-source";
    /** Rule id. */
    public static final String ORPHANS = "orphan-answers";
    /** Rule id. */
    public static final String UNKNOWN_ROUND = "unknown-round";

    /** The default minimum length of a question, in characters ({@code thresholds.shortQuestionChars}). */
    public static final int DEFAULT_SHORT_CHARS = 15;

    @Override
    public String id() {
        return SHORT;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String summary() {
        return "content rules";
    }

    /** The rules this class reports under. */
    public static List<Rule> reportedRules() {
        return List.of(
                new SimpleRule(SHORT, Severity.WARNING, "a question is empty or shorter than thresholds.shortQuestionChars (15)"),
                new SimpleRule(NOT_A_QUESTION, Severity.WARNING, "a question's text does not read as a question or prompt"),
                new SimpleRule(DECLARED_COUNT, Severity.WARNING, "a page claims another number of questions or rounds than it holds"),
                new SimpleRule(REMOVED, Severity.INFO, "a question is no longer in its raw source (kept, marked removed)"),
                new SimpleRule(ORPHANS, Severity.WARNING, "answers whose questions were lost in the scrape"),
                new SimpleRule(UNKNOWN_ROUND, Severity.WARNING, "a question names a round the guide does not have"));
    }

    @Override
    public void check(GuideFile file, RuleContext context, Consumer<Finding> sink) {
        Guide g = file.guide();
        int minChars = (int) context.config().threshold("shortQuestionChars", DEFAULT_SHORT_CHARS);
        Set<String> rounds = g.rounds().stream().map(Round::name).collect(Collectors.toSet());
        List<Question> qs = g.questions();
        for (int i = 0; i < qs.size(); i++) {
            Question q = qs.get(i);
            List<Location> raw = file.rawLocation(q).map(List::of).orElse(List.of());
            Location at = file.locateQuestion(i, "text");
            String text = q.text().strip();
            if (text.length() < minChars) {
                sink.accept(new Finding(SHORT, Severity.WARNING, at, "question '" + q.id() + "' is only "
                        + text.length() + " characters long", "write the whole question, or delete it", raw));
            } else if (!QuestionText.isPrompt(text)) {
                sink.accept(new Finding(NOT_A_QUESTION, Severity.WARNING, at, "question '" + q.id()
                        + "' does not read as a question or prompt: '" + abbreviate(text) + "'",
                        "rephrase it as a question, or move it to a section", raw));
            }
            if (!q.isActive()) {
                sink.accept(new Finding(REMOVED, Severity.INFO, file.locateQuestion(i, "status"), "question '" + q.id()
                        + "' is no longer in its raw source", "delete it if it should go, or keep it as written by hand"
                                + " by removing its 'lines' and 'status'", rawFile(file)));
            }
            if (q.round() != null && !rounds.contains(q.round())) {
                sink.accept(new Finding(UNKNOWN_ROUND, Severity.WARNING, file.locateQuestion(i, "round"), "question '"
                        + q.id() + "' names round '" + q.round() + "', which the guide does not have",
                        rounds.isEmpty() ? "add the round to 'rounds', or remove 'round'"
                                : "use one of " + String.join(", ", rounds.stream().sorted().toList()), raw));
            }
        }
        Integer declaredQ = g.overview().declaredQuestions();
        int active = g.activeQuestions().size();
        if (declaredQ != null && declaredQ != active) {
            sink.accept(new Finding(DECLARED_COUNT, Severity.WARNING, file.locate("/overview/declaredQuestions"),
                    "the page claims " + declaredQ + " questions but the guide holds " + active,
                    "find the missing questions on the original page, or note why they are gone", rawFile(file)));
        }
        Integer declaredR = g.overview().declaredRounds();
        if (declaredR != null && declaredR != g.rounds().size()) {
            sink.accept(new Finding(DECLARED_COUNT, Severity.WARNING, file.locate("/overview/declaredRounds"),
                    "the page claims " + declaredR + " rounds but the guide lists " + g.rounds().size(),
                    "check the interview loop on the original page", rawFile(file)));
        }
        for (int s = 0; s < g.sections().size(); s++) {
            Section sec = g.sections().get(s);
            if (sec.kind() == SectionKind.ORPHAN_ANSWERS && !sec.items().isEmpty()) {
                List<Location> where = new ArrayList<>();
                sec.items().forEach(it -> {
                    if (it.lines() != null && file.rawPath() != null) {
                        where.add(new Location(file.rawPath(), it.lines().from(), 1));
                    }
                });
                sink.accept(new Finding(ORPHANS, Severity.WARNING, file.locate("/sections/" + s), sec.items().size()
                        + " answers have no question: their questions were lost in the scrape",
                        "find the questions on the original page and add them, or keep the answers as notes", where));
            }
        }
    }

    /**
     * The raw file as a whole, for findings about the page rather than a line of it (a count the page claims, a
     * question no longer on it, whose old lines now hold other text); empty without a source.
     */
    private static List<Location> rawFile(GuideFile file) {
        return file.rawPath() == null ? List.of() : List.of(Location.file(file.rawPath()));
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
