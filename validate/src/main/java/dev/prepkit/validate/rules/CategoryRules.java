package dev.prepkit.validate.rules;

import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.List;
import java.util.function.Consumer;

/**
 * Checks every question's {@code category} against the categories of the taxonomy ({@code content/taxonomy.yaml}),
 * as two rules: {@value #UNKNOWN} (error: a category the taxonomy does not list, with up to three suggestions) and
 * {@value #ALIAS} (warning: an alias of a canonical category, or the canonical name in another case or with a
 * leading {@code #} or stray spaces; {@code prepkit fix} writes the canonical name). Findings are at the question's
 * {@code category}, with the question's raw line as a related location.
 *
 * <p>When the taxonomy lists no categories, categories are not a controlled vocabulary and this rule reports
 * nothing; the taxonomy's own check says so once, as an info at {@code taxonomy.yaml}
 * ({@link dev.prepkit.validate.TaxonomyLoader}). Stateless and thread-safe.
 */
public final class CategoryRules implements GuideRule {

    /** Rule id: a category the taxonomy does not list. */
    public static final String UNKNOWN = "unknown-category";
    /** Rule id: an alias or other spelling of a canonical category. */
    public static final String ALIAS = "category-alias";

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
        return "a question names a category the taxonomy does not list";
    }

    /**
     * The rules this class reports under, as separate entries for listings ({@code prepkit rules}, SARIF).
     *
     * @return the two rules; never null
     */
    public static List<Rule> reportedRules() {
        return List.of(
                new SimpleRule(UNKNOWN, Severity.ERROR, "a category is not in the taxonomy (with up to three "
                        + "suggestions; unchecked while it lists no categories)"),
                new SimpleRule(ALIAS, Severity.WARNING,
                        "an alias or another case is used where the taxonomy has a canonical category (fixable)"));
    }

    @Override
    public void check(GuideFile file, RuleContext context, Consumer<Finding> sink) {
        CategoryIndex index = context.categories();
        if (index.isEmpty()) {
            return;
        }
        List<Question> questions = file.guide().questions();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (q.category() == null) {
                continue;
            }
            CategoryIndex.Verdict v = index.judge(q.category());
            if (v.kind() == CategoryIndex.Kind.CANONICAL) {
                continue;
            }
            Location at = file.locateQuestion(i, "category");
            List<Location> related = file.rawLocation(q).map(List::of).orElse(List.of());
            String subject = "question '" + q.id() + "' names category '" + q.category() + "'";
            switch (v.kind()) {
                case ALIAS -> sink.accept(new Finding(ALIAS, Severity.WARNING, at, subject
                        + ", an alias of the canonical category '" + v.canonical() + "'",
                        "write '" + v.canonical() + "' (prepkit fix does it)", related));
                case OTHER_FORM -> sink.accept(new Finding(ALIAS, Severity.WARNING, at, subject
                        + ", the canonical category '" + v.canonical() + "' written " + v.problem(),
                        "write '" + v.canonical() + "' (prepkit fix does it)", related));
                default -> sink.accept(new Finding(UNKNOWN, Severity.ERROR, at, subject
                        + ", which the taxonomy does not list", "use a canonical category" + Suggestions.didYouMean(v.suggestions())
                                + ", or add it to the categories of " + context.taxonomyPath(), related));
            }
        }
    }

}
