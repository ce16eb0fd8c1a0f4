package dev.prepkit.validate.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.LocatedYaml;
import dev.prepkit.validate.Validator;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.validate.rules.CategoryIndex;
import dev.prepkit.validate.rules.TagIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the safe, mechanical fixes to one guide file's text: alias tags to their canonical tag, malformed tags
 * (leading {@code #}, stray spaces, wrong case, compounds whose parts are all known) to canonical tags, duplicate
 * tags removed, a category that is an alias or another case of a canonical category to that category, difficulty
 * labels to their canonical value (through the configured synonyms), and stray white space around single-line
 * question texts. Everything else in the file (order, other fields, comments, quoting style) stays as it was: only
 * the fixed values are rewritten. A fix is kept only when the fixed text reads back as exactly the values intended;
 * one that does not (a value spread over several lines, say) is left alone and stays a finding. Fixing a fixed
 * text changes nothing. Thread-safe.
 */
public final class GuideFixer {

    /**
     * The outcome for one file.
     *
     * @param text the fixed text (the input when nothing changed); never null
     * @param fixes one line per fix ({@code q-… tag 'Flink' -> 'Apache Flink'}); empty when nothing changed
     */
    public record Result(String text, List<String> fixes) {
        /** Whether anything changed. */
        public boolean changed() {
            return !fixes.isEmpty();
        }
    }

    /**
     * A replacement of whole lines {@code from..to} (1-based, inclusive) by new lines, or (when {@code span} is not
     * null) of the characters {@code span[0]..span[1]} of line {@code from} by {@code lines.get(0)}; with the value
     * the file should then have at {@code pointer}, and what it fixes.
     */
    private record Edit(int from, int to, List<String> lines, int[] span, String pointer, JsonNode value,
            List<String> fixes) {
    }

    private final YamlCodec yaml = new YamlCodec();
    private final TagIndex tags;
    private final CategoryIndex categories;
    private final PrepkitConfig config;

    /**
     * A fixer of tags and difficulties, which leaves categories alone.
     *
     * @param tags the taxonomy's tag index; not null
     * @param config the configuration (difficulty synonyms); not null
     */
    public GuideFixer(TagIndex tags, PrepkitConfig config) {
        this(tags, new CategoryIndex(new Taxonomy(null, List.of())), config);
    }

    /**
     * A fixer of tags, categories and difficulties.
     *
     * @param tags the taxonomy's tag index; not null
     * @param categories the taxonomy's category index; not null (when empty, categories are left alone)
     * @param config the configuration (difficulty synonyms); not null
     */
    public GuideFixer(TagIndex tags, CategoryIndex categories, PrepkitConfig config) {
        this.tags = tags;
        this.categories = categories;
        this.config = config;
    }

    /**
     * A fixer against a taxonomy and a configuration.
     *
     * @param taxonomy the taxonomy (tags and categories); not null
     * @param config the configuration (difficulty synonyms); not null
     */
    public GuideFixer(Taxonomy taxonomy, PrepkitConfig config) {
        this(new TagIndex(taxonomy), new CategoryIndex(taxonomy), config);
    }

    /**
     * Fixes one file's text. Text that is not well-formed YAML, or not a guide with questions, is returned
     * unchanged, without fixes.
     *
     * @param text the file's text; not null
     * @return the fixed text and one line per fix; never null
     */
    public Result fix(String text) {
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), text);
        } catch (JacksonException e) {
            return new Result(text, List.of());
        }
        if (tree == null || !tree.isObject() || !tree.path("questions").isArray()) {
            return new Result(text, List.of());
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<Edit> edits = new ArrayList<>();
        JsonNode questions = tree.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            String id = q.path("id").asString("question " + (i + 1));
            String at = "/questions/" + i;
            tagEdit(q.get("tags"), at + "/tags", id, lines, edits);
            categoryEdit(q.get("category"), at + "/category", id, lines, edits);
            difficultyEdit(q.get("difficulty"), at + "/difficulty", id, lines, edits);
            textEdit(q.get("text"), at + "/text", id, lines, edits);
        }
        if (edits.isEmpty()) {
            return new Result(text, List.of());
        }
        String all = apply(tree, lines, edits);
        if (all != null) {
            return new Result(all, edits.stream().flatMap(e -> e.fixes().stream()).toList());
        }
        List<Edit> safe = new ArrayList<>();
        String some = null;
        for (Edit e : edits) {
            List<Edit> candidate = new ArrayList<>(safe);
            candidate.add(e);
            String t = apply(tree, lines, candidate);
            if (t != null) {
                safe = candidate;
                some = t;
            }
        }
        return some == null ? new Result(text, List.of())
                : new Result(some, safe.stream().flatMap(e -> e.fixes().stream()).toList());
    }

    /** The text with the edits applied, or null when it does not read back as the intended values. */
    private String apply(JsonNode tree, List<String> original, List<Edit> edits) {
        List<String> lines = new ArrayList<>(original);
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> a.from() != b.from() ? Integer.compare(b.from(), a.from())
                : Integer.compare(b.span() == null ? 0 : b.span()[0], a.span() == null ? 0 : a.span()[0]));
        int blockedFrom = Integer.MAX_VALUE;
        int spanLine = -1;
        int spanCol = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.to() >= blockedFrom) {
                return null;
            }
            if (e.span() != null) {
                if (e.from() == spanLine && e.span()[1] > spanCol) {
                    return null;
                }
                String l = lines.get(e.from() - 1);
                lines.set(e.from() - 1, l.substring(0, e.span()[0]) + e.lines().get(0) + l.substring(e.span()[1]));
                spanLine = e.from();
                spanCol = e.span()[0];
            } else {
                if (spanLine >= e.from() && spanLine <= e.to()) {
                    return null;
                }
                for (int n = e.to(); n >= e.from(); n--) {
                    lines.remove(n - 1);
                }
                lines.addAll(e.from() - 1, e.lines());
                blockedFrom = e.from();
            }
        }
        String fixed = String.join("\n", lines);
        JsonNode expected = tree.deepCopy();
        for (Edit e : edits) {
            int slash = e.pointer().lastIndexOf('/');
            if (expected.at(e.pointer().substring(0, slash)) instanceof ObjectNode o) {
                o.set(e.pointer().substring(slash + 1), e.value());
            }
        }
        try {
            return expected.equals(LocatedYaml.read(yaml.mapper(), fixed)) ? fixed : null;
        } catch (JacksonException ex) {
            return null;
        }
    }

    private void tagEdit(JsonNode list, String pointer, String id, List<String> lines, List<Edit> edits) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return;
        }
        List<String> fixes = new ArrayList<>();
        Set<String> fixed = new LinkedHashSet<>();
        boolean changed = false;
        for (JsonNode t : list) {
            String tag = t.asString("");
            TagIndex.Verdict v = tags.judge(tag);
            if ((v.kind() == TagIndex.Kind.ALIAS || v.kind() == TagIndex.Kind.MALFORMED) && !v.fix().isEmpty()) {
                fixes.add(id + " tag '" + tag + "' -> " + String.join(", ", v.fix().stream().map(x -> "'" + x + "'").toList()));
                fixed.addAll(v.fix());
                changed = true;
            } else if (!fixed.add(tag)) {
                fixes.add(id + " tag '" + tag + "' listed twice -> once");
                changed = true;
            }
        }
        if (!changed) {
            return;
        }
        int first = LocatedYaml.of("", list.get(0)).line();
        int last = LocatedYaml.of("", list.get(list.size() - 1)).line();
        String firstLine = lines.get(first - 1);
        int col = LocatedYaml.of("", list.get(0)).column();
        if (firstLine.stripLeading().startsWith("- ")) {
            String prefix = firstLine.substring(0, Math.max(0, col - 1));
            String cr = lines.get(last - 1).endsWith("\r") ? "\r" : "";
            edits.add(new Edit(first, last, fixed.stream().map(t -> prefix + scalar(t) + cr).toList(), null, pointer,
                    tagArray(fixed), fixes));
        } else {
            int open = firstLine.lastIndexOf('[', col - 1);
            String lastLine = lines.get(last - 1);
            int close = lastLine.indexOf(']', first == last ? col - 1 : 0);
            if (open < 0 || close < 0) {
                return;
            }
            String replaced = firstLine.substring(0, open) + "[" + String.join(", ", fixed.stream().map(GuideFixer::scalar).toList())
                    + "]" + lastLine.substring(close + 1);
            edits.add(new Edit(first, last, List.of(replaced), null, pointer, tagArray(fixed), fixes));
        }
    }

    private static JsonNode tagArray(Set<String> tags) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        tags.forEach(a::add);
        return a;
    }

    private void categoryEdit(JsonNode c, String pointer, String id, List<String> lines, List<Edit> edits) {
        if (c == null || !c.isString() || categories.isEmpty()) {
            return;
        }
        String category = c.stringValue();
        CategoryIndex.Verdict v = categories.judge(category);
        if (v.kind() != CategoryIndex.Kind.ALIAS && v.kind() != CategoryIndex.Kind.OTHER_FORM) {
            return;
        }
        replaceScalar(c, pointer, v.canonical(), lines, edits, id + " category '" + category + "' -> '" + v.canonical() + "'");
    }

    private void difficultyEdit(JsonNode d, String pointer, String id, List<String> lines, List<Edit> edits) {
        if (d == null || !d.isString()) {
            return;
        }
        String label = d.stringValue();
        String canonical = Validator.canonicalDifficulty(label, config);
        if (canonical == null || canonical.equals(label)) {
            return;
        }
        replaceScalar(d, pointer, canonical, lines, edits, id + " difficulty '" + label + "' -> '" + canonical + "'");
    }

    private void textEdit(JsonNode t, String pointer, String id, List<String> lines, List<Edit> edits) {
        if (t == null || !t.isString() || t.stringValue().contains("\n")) {
            return;
        }
        String text = t.stringValue();
        String clean = text.strip().replaceAll("[ \\t]{2,}", " ");
        if (clean.equals(text) || clean.isEmpty()) {
            return;
        }
        replaceScalar(t, pointer, clean, lines, edits, id + " text: stray white space removed");
    }

    /**
     * Replaces a scalar that starts and ends on one line, in the style it was written (quoted or plain), keeping
     * what follows it on the line (a comment). A scalar spread over several lines is left alone.
     */
    private static void replaceScalar(JsonNode node, String pointer, String value, List<String> lines, List<Edit> edits,
            String fix) {
        int line = LocatedYaml.of("", node).line();
        int col = LocatedYaml.of("", node).column();
        if (line <= 0 || col <= 0) {
            return;
        }
        int[] span = LineEdits.scalarSpan(lines.get(line - 1), col);
        if (span == null) {
            return;
        }
        String written = lines.get(line - 1).substring(span[0], span[1]);
        edits.add(new Edit(line, line, List.of(LineEdits.like(written, value)), span, pointer,
                JsonNodeFactory.instance.stringNode(value), List.of(fix)));
    }

    /** A YAML scalar for a value: plain when safe, else double-quoted. */
    static String scalar(String value) {
        boolean plain = value.matches("[A-Za-z0-9][A-Za-z0-9 .+#&()'/-]*") && !value.matches("(?i)(true|false|yes|no|null|on|off|~)")
                && !value.matches("[0-9.+-]+") && !value.endsWith(" ") && !value.contains(": ") && !value.contains(" #");
        return plain ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A unified diff of a file's change, for dry runs; empty when nothing changed. */
    public static String diff(String path, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = Arrays.asList(before.split("\n", -1));
        List<String> b = Arrays.asList(after.split("\n", -1));
        return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff("a/" + path, "b/" + path, a, DiffUtils.diff(a, b), 2)) + "\n";
    }
}
