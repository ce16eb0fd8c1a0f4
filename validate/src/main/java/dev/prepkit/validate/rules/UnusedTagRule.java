package dev.prepkit.validate.rules;

import dev.prepkit.model.Question;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.GuideFile;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A canonical tag of the taxonomy that no question uses, neither itself nor any tag below it: an info at the
 * taxonomy file, so curators can prune the vocabulary. A parent tag whose children are used counts as used.
 */
public final class UnusedTagRule implements CorpusRule {

    /** The rule's id. */
    public static final String ID = "unused-tag";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String summary() {
        return "a canonical tag of the taxonomy that no question uses, directly or through a child tag";
    }

    @Override
    public Check<Set<String>> start(RuleContext context) {
        Set<String> used = new HashSet<>();
        return new Check<>() {
            @Override
            public Set<String> digest(GuideFile file) {
                Set<String> tags = new HashSet<>();
                for (Question q : file.guide().questions()) {
                    tags.addAll(q.tags());
                }
                return tags;
            }

            @Override
            public void accept(Set<String> digest) {
                used.addAll(digest);
            }

            @Override
            public void finish(Consumer<Finding> sink) {
                Taxonomy t = context.taxonomy();
                Set<String> covered = new HashSet<>();
                for (Taxonomy.Tag tag : t.tags()) {
                    if (used.contains(tag.name())) {
                        String cur = tag.name();
                        for (int steps = 0; cur != null && steps <= t.tags().size() && covered.add(cur); steps++) {
                            String name = cur;
                            cur = t.canonical(name).map(Taxonomy.Tag::parent).map(p -> canonicalForm(p, context))
                                    .orElse(null);
                        }
                    }
                }
                List<Taxonomy.Tag> unused = t.tags().stream().filter(tag -> !covered.contains(tag.name())).toList();
                for (Taxonomy.Tag tag : unused) {
                    sink.accept(new Finding(ID, Severity.INFO, Location.file(context.taxonomyPath()), "canonical tag '"
                            + tag.name() + "' is used by no question", "keep it for future questions, or remove it"));
                }
            }
        };
    }

    /**
     * The canonical tag a parent names: itself when canonical, else the one tag an alias or another spelling of it
     * stands for (a {@code taxonomy-form} warning until {@code prepkit fix} rewrites it), else as written.
     */
    private static String canonicalForm(String parent, RuleContext context) {
        if (context.tags().isCanonical(parent)) {
            return parent;
        }
        List<String> fix = context.tags().judge(parent).fix();
        return fix.size() == 1 ? fix.get(0) : parent;
    }
}
