package dev.prepkit.validate.fix;

import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.LocatedYaml;
import dev.prepkit.validate.TaxonomyForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Applies the safe, mechanical fixes to a taxonomy file's text ({@code content/taxonomy.yaml}): exactly the
 * problems {@link TaxonomyForms} finds and the taxonomy check reports as {@value TaxonomyForms#RULE} warnings. A
 * name, alias or parent loses its leading {@code #} and stray spaces; a parent written as an alias or in another
 * case becomes the canonical tag; an alias that is its entry's own name, or repeats an alias of the entry, is
 * removed; white space at line ends goes. What is ambiguous (an alias that is another entry's name or alias, a
 * name listed twice) is never fixed: it stays an error for the curator.
 *
 * <p>Only the fixed values change: comments, order, indentation, quoting style and line ends stay as they were. A
 * fix is kept only when the fixed text reads back as exactly the values intended; one that does not (a value
 * spread over several lines, say) is left alone and stays a finding. Fixing a fixed text changes nothing.
 * Thread-safe.
 */
public final class TaxonomyFixer {

    /**
     * The outcome for the taxonomy file.
     *
     * @param text the fixed text (the input when nothing changed); never null
     * @param fixes one line per fix ({@code tag '#Kafka ' -> 'Kafka'}), in the order applied; empty when nothing
     *     changed; never null
     */
    public record Result(String text, List<String> fixes) {
        /** Whether anything changed. */
        public boolean changed() {
            return !fixes.isEmpty();
        }
    }

    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\\r?$)");
    private static final Pattern BLOCK_ITEM = Pattern.compile("\\s*-\\s+");
    private static final int MAX_ROUNDS = 10_000;

    private final YamlCodec yaml = new YamlCodec();
    private final TaxonomyForms forms = new TaxonomyForms();

    /**
     * Fixes a taxonomy's text. Text that is not well-formed YAML is returned unchanged, without fixes.
     *
     * @param text the file's text; not null
     * @return the fixed text and what was fixed; never null
     */
    public Result fix(String text) {
        String current = text;
        List<String> fixes = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            JsonNode tree;
            try {
                tree = LocatedYaml.read(yaml.mapper(), current);
            } catch (JacksonException e) {
                break;
            }
            List<TaxonomyForms.Issue> issues = new ArrayList<>();
            for (TaxonomyForms.Issue i : forms.find(current, tree)) {
                if (!failed.contains(i.message())) {
                    issues.add(i);
                }
            }
            if (issues.isEmpty() || tree == null) {
                break;
            }
            String all = tryApply(current, tree, issues);
            if (all != null) {
                current = all;
                issues.forEach(i -> fixes.add(i.fix()));
                continue;
            }
            boolean progressed = false;
            for (TaxonomyForms.Issue i : issues) {
                String one = tryApply(current, tree, List.of(i));
                if (one != null) {
                    current = one;
                    fixes.add(i.fix());
                    progressed = true;
                    break;
                }
                failed.add(i.message());
            }
            if (!progressed) {
                break;
            }
        }
        return new Result(current, List.copyOf(fixes));
    }

    /** The text with the issues fixed, or null when they cannot be written so that the text reads as intended. */
    private String tryApply(String text, JsonNode tree, List<TaxonomyForms.Issue> issues) {
        List<String> lines = Arrays.asList(text.split("\n", -1));
        List<LineEdits.Edit> edits = new ArrayList<>();
        for (TaxonomyForms.Issue i : issues) {
            if (!edit(lines, tree, i, issues, edits)) {
                return null;
            }
        }
        String fixed = LineEdits.apply(lines, edits);
        if (fixed == null || fixed.equals(text)) {
            return null;
        }
        try {
            JsonNode back = LocatedYaml.read(yaml.mapper(), fixed);
            return TaxonomyForms.expected(tree, issues).equals(back) ? fixed : null;
        } catch (JacksonException e) {
            return null;
        }
    }

    /** Adds the line edits of one issue; false when it cannot be written as a line edit. */
    private static boolean edit(List<String> lines, JsonNode tree, TaxonomyForms.Issue i, List<TaxonomyForms.Issue> all,
            List<LineEdits.Edit> edits) {
        switch (i.action()) {
            case TRAILING_SPACE -> {
                for (int n : i.lines()) {
                    Matcher m = TRAILING.matcher(lines.get(n - 1));
                    if (m.find()) {
                        edits.add(new LineEdits.Edit(n, m.start(), m.end(), ""));
                    }
                }
                return true;
            }
            case REPLACE -> {
                String line = lines.get(i.line() - 1);
                int[] span = LineEdits.scalarSpan(line, i.column());
                if (span == null) {
                    return false;
                }
                String written = line.substring(span[0], span[1]);
                edits.add(new LineEdits.Edit(i.line(), span[0], span[1], LineEdits.like(written, i.replacement())));
                return true;
            }
            case REMOVE -> {
                return removal(lines, tree, i, all, edits);
            }
            default -> {
                return false;
            }
        }
    }

    /** The edits that take one item out of a block or flow sequence. */
    private static boolean removal(List<String> lines, JsonNode tree, TaxonomyForms.Issue i,
            List<TaxonomyForms.Issue> all, List<LineEdits.Edit> edits) {
        String line = lines.get(i.line() - 1);
        int[] span = LineEdits.scalarSpan(line, i.column());
        if (span == null) {
            return false;
        }
        if (BLOCK_ITEM.matcher(line.substring(0, span[0])).matches()) {
            edits.add(LineEdits.Edit.deleteLine(i.line()));
            String list = i.pointer().substring(0, i.pointer().lastIndexOf('/'));
            long removed = all.stream().filter(x -> x.action() == TaxonomyForms.Action.REMOVE
                    && x.pointer().startsWith(list + "/")).count();
            if (removed == tree.at(list).size()) {
                int first = LocatedYaml.of("", tree.at(list)).line();
                return emptyList(lines, first, edits);
            }
            return true;
        }
        if (!LineEdits.inFlow(line, span[0])) {
            return false;
        }
        int end = span[1];
        int before = span[0] - 1;
        while (before >= 0 && line.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && line.charAt(before) == ',') {
            edits.add(new LineEdits.Edit(i.line(), before, end, ""));
            return true;
        }
        int after = end;
        while (after < line.length() && line.charAt(after) == ' ') {
            after++;
        }
        if (after < line.length() && line.charAt(after) == ',') {
            after++;
            while (after < line.length() && line.charAt(after) == ' ') {
                after++;
            }
            edits.add(new LineEdits.Edit(i.line(), span[0], after, ""));
            return true;
        }
        edits.add(new LineEdits.Edit(i.line(), span[0], end, ""));
        return true;
    }

    /** Writes {@code []} after the key of a block sequence whose every item is removed. */
    private static boolean emptyList(List<String> lines, int firstItemLine, List<LineEdits.Edit> edits) {
        for (int n = firstItemLine - 1; n >= 1; n--) {
            String l = lines.get(n - 1);
            String content = l.replaceFirst("\\s+#.*$", "").replaceFirst("[ \\t]*\\r?$", "");
            if (content.isBlank() || content.stripLeading().startsWith("#")) {
                continue;
            }
            if (!content.endsWith(":")) {
                return false;
            }
            edits.add(new LineEdits.Edit(n, content.length(), content.length(), " []"));
            return true;
        }
        return false;
    }
}
