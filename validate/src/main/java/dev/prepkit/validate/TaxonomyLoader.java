package dev.prepkit.validate;

import dev.prepkit.model.Schemas;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code taxonomy.yaml} and checks it: well-formed YAML, its JSON Schema (resource
 * {@code dev/prepkit/model/taxonomy.schema.json}), no tag or category listed twice (as a name or an alias of
 * another entry), every parent a canonical tag, no cycle of parents: errors under {@value #RULE}. What is badly
 * but unambiguously written ({@link TaxonomyForms}: a leading {@code #}, stray spaces, a parent written as an
 * alias or in another case, a redundant alias, white space at line ends) is a warning under
 * {@value TaxonomyForms#RULE} that {@code prepkit fix} corrects. A taxonomy that lists no categories gives one
 * info: questions' categories are then not checked. A taxonomy with errors still loads as far as it can, so guides
 * can be checked. Thread-safe.
 */
public final class TaxonomyLoader {

    /** Rule id of taxonomy problems. */
    public static final String RULE = "taxonomy";

    /** Rule id of the taxonomy's fixable problems ({@link TaxonomyForms}). */
    public static final String FORM = TaxonomyForms.RULE;

    /**
     * A loaded taxonomy and its problems.
     *
     * @param taxonomy the taxonomy (empty when the file is missing or unreadable); never null
     * @param findings problems in the file; never null
     */
    public record Result(Taxonomy taxonomy, List<Finding> findings) {
    }

    private final YamlCodec yaml = new YamlCodec();
    private final SchemaCheck schema = new SchemaCheck(Schemas.taxonomySchema());
    private final TaxonomyForms forms = new TaxonomyForms();

    /**
     * Loads and checks a taxonomy file. A missing file is a warning (every tag is then unknown), an unreadable
     * one an error; neither throws.
     *
     * @param file the file; not null
     * @param path how the file is named in findings; not null
     * @return the taxonomy and its findings; never null
     */
    public Result load(Path file, String path) {
        if (!Files.exists(file)) {
            return new Result(new Taxonomy(null, List.of()), List.of(new Finding(RULE, Severity.WARNING,
                    Location.file(path), "no taxonomy file: every tag will be reported as unknown, and categories "
                            + "are not checked", "create it (see content/README.md) or pass --content")));
        }
        SourceText.Read text = SourceText.utf8(file, path, RULE, "the taxonomy");
        return text.problem() != null ? new Result(new Taxonomy(null, List.of()), List.of(text.problem()))
                : read(text.text(), path);
    }

    /**
     * Checks a taxonomy's text, as {@link #load} does with a file's: for text that is not (yet) written, such as
     * the taxonomy {@code prepkit fix --dry-run} would write.
     *
     * @param text the taxonomy's YAML text; not null
     * @param path how the file is named in findings; not null
     * @return the taxonomy and its findings; never null
     */
    public Result read(String text, String path) {
        List<Finding> findings = new ArrayList<>();
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), text);
        } catch (JacksonException e) {
            findings.add(SourceText.syntax(RULE, path, "the taxonomy is not well-formed YAML", e));
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            findings.add(new Finding(RULE, Severity.ERROR, Location.file(path), "the taxonomy is empty; it needs at "
                    + "least 'schemaVersion: \"1\"' and 'tags:'", "write the taxonomy (see content/README.md)"));
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        List<TaxonomyForms.Issue> issues = forms.find(text, tree);
        List<SchemaCheck.Violation> violations = schema.check(tree);
        Set<String> covered = covered(tree, issues, violations);
        for (SchemaCheck.Violation v : violations) {
            if (!covered.contains(v.pointer() + " " + v.keyword())) {
                findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, v.pointer()),
                        "taxonomy " + v.pointer() + ": " + v.message(), null));
            }
        }
        Set<String> fixedParents = new HashSet<>();
        Map<String, String> parentFixes = new HashMap<>();
        Set<String> fixedNames = new HashSet<>();
        for (TaxonomyForms.Issue i : issues) {
            findings.add(new Finding(FORM, Severity.WARNING, new Location(path, i.line(), i.column()), i.message(),
                    i.hint()));
            if (i.pointer().matches("/tags/\\d+/parent")) {
                fixedParents.add(i.pointer());
                parentFixes.put(i.pointer(), i.replacement());
            } else if (i.pointer().matches("/tags/\\d+/name")) {
                fixedNames.add(i.replacement());
            }
        }
        Taxonomy taxonomy;
        try {
            taxonomy = yaml.mapper().treeToValue(tree, Taxonomy.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        if (taxonomy == null) {
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        List<Entry> tags = new ArrayList<>();
        for (Taxonomy.Tag t : taxonomy.tags()) {
            tags.add(new Entry(t.name(), t.aliases()));
        }
        List<Entry> categories = new ArrayList<>();
        for (Taxonomy.Category c : taxonomy.categories()) {
            categories.add(new Entry(c.name(), c.aliases()));
        }
        duplicates(tags, "tags", "tag", path, tree, findings);
        duplicates(categories, "categories", "category", path, tree, findings);
        parents(taxonomy, fixedParents, parentFixes, fixedNames, path, tree, findings);
        if (taxonomy.categories().isEmpty()) {
            findings.add(new Finding(RULE, Severity.INFO, tree.has("categories") ? LocatedYaml.at(path, tree,
                    "/categories") : Location.file(path), "the taxonomy lists no categories, so questions' categories "
                            + "are not checked", "add 'categories:' with the canonical category names "
                                    + "(see content/README.md)"));
        }
        return new Result(taxonomy, findings);
    }

    /**
     * The schema violations a fix covers ({@code pointer keyword}): those at a value a fix changes, or at the
     * list an alias is removed from, that the fixed tree no longer has. They are reported as the fixable
     * warning, not as a second, error, finding.
     */
    private Set<String> covered(JsonNode tree, List<TaxonomyForms.Issue> issues, List<SchemaCheck.Violation> violations) {
        Set<String> touched = new HashSet<>();
        for (TaxonomyForms.Issue i : issues) {
            if (i.action() == TaxonomyForms.Action.REPLACE) {
                touched.add(i.pointer());
            } else if (i.action() == TaxonomyForms.Action.REMOVE) {
                touched.add(i.pointer().substring(0, i.pointer().lastIndexOf('/')));
            }
        }
        if (touched.isEmpty() || violations.stream().noneMatch(v -> touched.contains(v.pointer()))) {
            return Set.of();
        }
        Set<String> remaining = new HashSet<>();
        for (SchemaCheck.Violation v : schema.check(TaxonomyForms.expected(tree, issues))) {
            remaining.add(v.pointer() + " " + v.keyword());
        }
        Set<String> out = new HashSet<>();
        for (SchemaCheck.Violation v : violations) {
            String k = v.pointer() + " " + v.keyword();
            if (touched.contains(v.pointer()) && !remaining.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    /** A tag or category: its name and aliases. */
    private record Entry(String name, List<String> aliases) {
    }

    /** Where a name or alias was first seen. */
    private record Seen(int entry, String name, boolean isName) {
    }

    /**
     * Names and aliases listed under two entries, compared cleaned and ignoring case: errors, since which entry
     * should keep it is the curator's call. Repeats within one entry are {@link TaxonomyForms}' (fixable).
     */
    private static void duplicates(List<Entry> entries, String list, String kind, String path, JsonNode tree,
            List<Finding> findings) {
        Map<String, Seen> seen = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            for (int j = -1; j < e.aliases().size(); j++) {
                String value = j < 0 ? e.name() : e.aliases().get(j);
                if (value == null || TaxonomyForms.key(value).isEmpty()) {
                    continue;
                }
                String k = TaxonomyForms.key(value);
                Seen prev = seen.get(k);
                if (prev == null) {
                    seen.put(k, new Seen(i, e.name(), j < 0));
                } else if (prev.entry() != i) {
                    String pointer = "/" + list + "/" + i + (j < 0 ? "/name" : "/aliases/" + j);
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, pointer), "'" + value
                            + "' is listed twice: as " + describe(kind, e.name(), j < 0) + " and as "
                            + describe(kind, prev.name(), prev.isName()), "keep it in one entry only; prepkit fix "
                                    + "cannot tell which one"));
                }
            }
        }
    }

    private static String describe(String kind, String name, boolean isName) {
        return isName ? "the " + kind + " '" + name + "'" : "an alias of '" + name + "'";
    }

    /**
     * Every parent a canonical tag, or fixably written as one, or the name a badly written canonical tag gets once
     * fixed ({@code Kafka} for {@code "#Kafka "}); and no cycle of parents.
     */
    private static void parents(Taxonomy taxonomy, Set<String> fixedParents, Map<String, String> parentFixes,
            Set<String> fixedNames, String path, JsonNode tree, List<Finding> findings) {
        List<Taxonomy.Tag> tags = taxonomy.tags();
        Map<String, String> parentOf = new HashMap<>();
        for (int i = 0; i < tags.size(); i++) {
            Taxonomy.Tag t = tags.get(i);
            if (t.parent() == null || t.name() == null) {
                continue;
            }
            String pointer = "/tags/" + i + "/parent";
            String parent = parentFixes.getOrDefault(pointer, t.parent());
            parentOf.putIfAbsent(TaxonomyForms.key(t.name()), TaxonomyForms.key(parent));
            if (taxonomy.canonical(t.parent()).isEmpty() && !fixedParents.contains(pointer)
                    && !fixedNames.contains(t.parent())) {
                findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, pointer),
                        "parent '" + t.parent() + "' of '" + t.name() + "' is not a canonical tag",
                        "name a tag of this taxonomy as the parent, add '" + t.parent() + "' as a tag, or remove "
                                + "the parent"));
            }
        }
        for (int i = 0; i < tags.size(); i++) {
            Taxonomy.Tag t = tags.get(i);
            if (t.parent() == null || t.name() == null) {
                continue;
            }
            String self = TaxonomyForms.key(t.name());
            String cur = parentOf.get(self);
            for (int steps = 0; cur != null && steps <= tags.size(); steps++) {
                if (cur.equals(self)) {
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, "/tags/" + i + "/parent"),
                            "'" + t.name() + "' is its own ancestor: the parents form a cycle", "break the cycle"));
                    break;
                }
                cur = parentOf.get(cur);
            }
        }
    }
}
