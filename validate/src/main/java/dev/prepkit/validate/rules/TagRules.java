package dev.prepkit.validate.rules;

import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every question's tags against the tag taxonomy ({@code content/taxonomy.yaml}), as three rules:
 * {@value #UNKNOWN} (error, with up to three suggestions), {@value #ALIAS} (warning: an alias is used instead of
 * its canonical tag) and {@value #MALFORMED} (warning: leading {@code #}, stray spaces, wrong case, or a
 * compound such as {@code Avro/Protobuf}).
 */
public final class TagRules implements GuideRule {

    /** Rule id: tag not in the taxonomy. */
    public static final String UNKNOWN = "unknown-tag";
    /** Rule id: an alias instead of the canonical tag. */
    public static final String ALIAS = "alias-tag";
    /** Rule id: a badly written tag. */
    public static final String MALFORMED = "malformed-tag";

    @Override
    public String id() {
        return UNKNOWN;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.ERROR;
    }

    @Override
    public String summary() {
        return "a tag is not in the taxonomy";
    }

    /** The rules this class reports under, as separate entries for listings. */
    public static List<Rule> reportedRules() {
        return List.of(
                new SimpleRule(UNKNOWN, Severity.ERROR, "a tag is not in the taxonomy (with up to three suggestions)"),
                new SimpleRule(ALIAS, Severity.WARNING, "an alias is used where the taxonomy has a canonical tag (fixable)"),
                new SimpleRule(MALFORMED, Severity.WARNING,
                        "a tag is badly written: leading '#', stray spaces, wrong case, or several tags in one"));
    }

    @Override
    public void check(GuideFile file, RuleContext context, Consumer<Finding> sink) {
        List<Question> questions = file.guide().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            for (int t = 0; t < q.tags().size(); t++) {
                String tag = q.tags().get(t);
                TagIndex.Verdict v = context.tags().judge(tag);
                if (v.kind() == TagIndex.Kind.CANONICAL) {
                    continue;
                }
                Location at = file.locate("/questions/" + i + "/tags/" + t);
                List<Location> related = new ArrayList<>();
                file.rawLocation(q).ifPresent(related::add);
                String subject = "question '" + q.id() + "': tag '" + tag + "'";
                switch (v.kind()) {
                    case ALIAS -> sink.accept(new Finding(ALIAS, Severity.WARNING, at, subject
                            + " is an alias of the canonical tag '" + v.fix().get(0) + "'",
                            "write '" + v.fix().get(0) + "' (prepkit fix does it)", related));
                    case MALFORMED -> sink.accept(new Finding(MALFORMED, Severity.WARNING, at, subject
                            + " is malformed: " + v.problem(), v.fix().isEmpty()
                                    ? "write it as canonical taxonomy tags" + Suggestions.didYouMean(v.suggestions())
                                    : "write " + quoted(v.fix()) + " instead", related));
                    default -> sink.accept(new Finding(UNKNOWN, Severity.ERROR, at, subject
                            + " is not in the taxonomy", "use a canonical tag" + Suggestions.didYouMean(v.suggestions())
                                    + ", or add it to " + context.taxonomyPath(), related));
                }
            }
        }
    }

    private static String quoted(List<String> tags) {
        List<String> q = tags.stream().map(t -> "'" + t + "'").toList();
        return q.size() == 1 ? q.get(0) : String.join(", ", q.subList(0, q.size() - 1)) + " and " + q.get(q.size() - 1);
    }
}
