package dev.prepkit.validate.fix;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.LocatedYaml;
import dev.prepkit.validate.Validator;
import dev.prepkit.validate.rules.TagIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Applies the safe, mechanical fixes to one guide file's text: alias tags to their canonical tag, malformed tags
 * (leading {@code #}, stray spaces, wrong case, compounds whose parts are all known) to canonical tags, duplicate
 * tags removed, difficulty labels to their canonical value (through the configured synonyms), and stray white
 * space around single-line question texts. Everything else in the file (order, other fields, comments) stays as
 * it was: only the lines of the fixed values are rewritten. Fixing a fixed text changes nothing.
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

    /** A replacement of whole lines {@code from..to} (1-based, inclusive) by new lines. */
    private record Edit(int from, int to, List<String> lines) {
    }

    private final YamlCodec yaml = new YamlCodec();
    private final TagIndex tags;
    private final PrepkitConfig config;

    /** A fixer against a tag index and a configuration. */
    public GuideFixer(TagIndex tags, PrepkitConfig config) {
        this.tags = tags;
        this.config = config;
    }

    /**
     * Fixes one file's text. Text that is not well-formed YAML is returned unchanged, without fixes.
     *
     * @param text the file's text
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
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<Edit> edits = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        JsonNode questions = tree.get("questions");
        for (int i = 0; i < questions.size(); i++) {
            JsonNode q = questions.get(i);
            String id = q.path("id").asString("question " + (i + 1));
            tagEdit(q.get("tags"), id, lines, edits, fixes);
            difficultyEdit(q.get("difficulty"), id, lines, edits, fixes);
            textEdit(q.get("text"), id, lines, edits, fixes);
        }
        edits.sort((a, b) -> Integer.compare(b.from(), a.from()));
        for (Edit e : edits) {
            for (int n = e.to(); n >= e.from(); n--) {
                lines.remove(n - 1);
            }
            lines.addAll(e.from() - 1, e.lines());
        }
        return new Result(String.join("\n", lines), fixes);
    }

    private void tagEdit(JsonNode list, String id, List<String> lines, List<Edit> edits, List<String> fixes) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return;
        }
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
            edits.add(new Edit(first, last, fixed.stream().map(t -> prefix + scalar(t)).toList()));
        } else {
            int open = firstLine.lastIndexOf('[', col - 1);
            String lastLine = lines.get(last - 1);
            int close = lastLine.indexOf(']', first == last ? col - 1 : 0);
            if (open < 0 || close < 0) {
                return;
            }
            String replaced = firstLine.substring(0, open) + "[" + String.join(", ", fixed.stream().map(GuideFixer::scalar).toList())
                    + "]" + lastLine.substring(close + 1);
            edits.add(new Edit(first, last, List.of(replaced)));
        }
    }

    private void difficultyEdit(JsonNode d, String id, List<String> lines, List<Edit> edits, List<String> fixes) {
        if (d == null || !d.isString()) {
            return;
        }
        String label = d.stringValue();
        String canonical = Validator.canonicalDifficulty(label, config);
        if (canonical == null || canonical.equals(label)) {
            return;
        }
        replaceScalar(d, canonical, lines, edits);
        fixes.add(id + " difficulty '" + label + "' -> '" + canonical + "'");
    }

    private void textEdit(JsonNode t, String id, List<String> lines, List<Edit> edits, List<String> fixes) {
        if (t == null || !t.isString() || t.stringValue().contains("\n")) {
            return;
        }
        String text = t.stringValue();
        String clean = text.strip().replaceAll("[ \\t]{2,}", " ");
        if (clean.equals(text) || clean.isEmpty()) {
            return;
        }
        replaceScalar(t, clean, lines, edits);
        fixes.add(id + " text: stray white space removed");
    }

    /** Replaces a single-line scalar that runs to the end of its line (block mapping value). */
    private static void replaceScalar(JsonNode node, String value, List<String> lines, List<Edit> edits) {
        int line = LocatedYaml.of("", node).line();
        int col = LocatedYaml.of("", node).column();
        if (line <= 0 || col <= 0) {
            return;
        }
        String l = lines.get(line - 1);
        edits.add(new Edit(line, line, List.of(l.substring(0, col - 1) + scalar(value))));
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
