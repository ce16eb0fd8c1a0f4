package dev.prepkit.validate;

import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.yaml.YamlCodec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds what is badly but unambiguously written in a taxonomy file, the problems {@code prepkit fix} corrects
 * ({@link dev.prepkit.validate.fix.TaxonomyFixer}) and the taxonomy check reports as {@value #RULE} warnings
 * ({@link TaxonomyLoader}), so that the two always agree:
 *
 * <ul>
 *   <li>a tag's or category's name or alias, or a tag's parent, with a leading {@code #}, leading or trailing
 *       white space, or a run of white space inside: cleaned, unless the cleaned form is another entry's name or
 *       alias (that is a duplicate, an error left to the curator);</li>
 *   <li>a tag's parent written as an alias of a canonical tag, or as a canonical tag in another case or form:
 *       the canonical tag (as it will be written once cleaned), when exactly one entry matches;</li>
 *   <li>an alias that is its own entry's name (ignoring case and form), or that repeats an alias of the same
 *       entry: removed. An alias that is another entry's name or alias is ambiguous and is not one of these;</li>
 *   <li>white space at the end of lines, unless removing it would change a value (a block scalar's text).</li>
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class TaxonomyForms {

    /** Rule id of the fixable problems of a taxonomy file. */
    public static final String RULE = "taxonomy-form";

    /** What the fix does. */
    public enum Action {
        /** Writes {@link Issue#replacement()} instead of the value at {@link Issue#pointer()}. */
        REPLACE,
        /** Removes the sequence item at {@link Issue#pointer()}. */
        REMOVE,
        /** Removes the white space at the end of {@link Issue#lines()}. */
        TRAILING_SPACE
    }

    /**
     * One fixable problem.
     *
     * @param action what the fix does; never null
     * @param pointer JSON pointer of the value ({@code /tags/3/name}, {@code /tags/3/aliases/1}); for
     *     {@link Action#TRAILING_SPACE}, the empty pointer
     * @param line 1-based line of the value (for trailing white space, the first such line)
     * @param column 1-based column of the value (for trailing white space, where it starts on the first line)
     * @param written the value as written; null for {@link Action#TRAILING_SPACE}
     * @param replacement the value to write for {@link Action#REPLACE}; otherwise null
     * @param lines for {@link Action#TRAILING_SPACE}, the 1-based lines, ascending; otherwise empty; never null
     * @param message what is wrong, for a finding; never null
     * @param hint what to do, ending with "(prepkit fix does it)"; never null
     * @param fix what the fix did, one line for {@code prepkit fix} ({@code tag '#Kafka ' -> 'Kafka'}); never null
     */
    public record Issue(Action action, String pointer, int line, int column, String written, String replacement,
            List<Integer> lines, String message, String hint, String fix) {
    }

    private static final Pattern TRAILING = Pattern.compile("[ \\t]+(?=\\r?$)");

    private final YamlCodec yaml = new YamlCodec();

    /**
     * Finds the fixable problems of a taxonomy.
     *
     * @param text the file's text; not null
     * @param tree the text read by {@link LocatedYaml#read}, so values know their lines; may be null or not an
     *     object (then only trailing white space is looked at)
     * @return the problems in file order, trailing white space last; never null
     */
    public List<Issue> find(String text, JsonNode tree) {
        List<Issue> out = new ArrayList<>();
        if (tree != null && tree.isObject()) {
            Entries tags = Entries.of(tree.path("tags"), "tags", "tag");
            Entries categories = Entries.of(tree.path("categories"), "categories", "category");
            entryIssues(tags, out);
            entryIssues(categories, out);
            parentIssues(tree.path("tags"), tags, out);
        }
        out.sort(Comparator.comparingInt(Issue::line).thenComparingInt(Issue::column));
        Issue trailing = trailingSpace(text, tree);
        if (trailing != null) {
            out.add(trailing);
        }
        return out;
    }

    /**
     * The tree a set of fixes should give: a copy of {@code tree} with every {@link Action#REPLACE} written and
     * every {@link Action#REMOVE} taken out (trailing white space changes no value).
     *
     * @param tree the file's tree; not null
     * @param issues fixes found in that tree; not null
     * @return a new tree; {@code tree} is not changed
     */
    public static JsonNode expected(JsonNode tree, List<Issue> issues) {
        JsonNode copy = tree.deepCopy();
        List<Issue> removals = new ArrayList<>();
        for (Issue i : issues) {
            if (i.action() == Action.REPLACE) {
                int slash = i.pointer().lastIndexOf('/');
                JsonNode parent = copy.at(i.pointer().substring(0, slash));
                String last = i.pointer().substring(slash + 1);
                if (parent instanceof ObjectNode o) {
                    o.put(last, i.replacement());
                } else if (parent instanceof ArrayNode a) {
                    a.set(Integer.parseInt(last), a.stringNode(i.replacement()));
                }
            } else if (i.action() == Action.REMOVE) {
                removals.add(i);
            }
        }
        removals.sort(Comparator.comparing((Issue i) -> i.pointer().substring(0, i.pointer().lastIndexOf('/')))
                .thenComparing(i -> -index(i.pointer())));
        for (Issue i : removals) {
            if (copy.at(i.pointer().substring(0, i.pointer().lastIndexOf('/'))) instanceof ArrayNode a) {
                a.remove(index(i.pointer()));
            }
        }
        return copy;
    }


    /** The key two spellings share when they mean the same name: cleaned and lower case. */
    static String key(String value) {
        return Taxonomy.key(Taxonomy.clean(value));
    }

    private static int index(String pointer) {
        return Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1));
    }

    /** What is wrong with how a value is written, or null when it is clean. */
    private static String formProblem(String value) {
        if (Taxonomy.clean(value).equals(value)) {
            return null;
        }
        return value.strip().startsWith("#") ? "starts with '#'" : "has stray spaces";
    }

    /** One entry of {@code tags} or {@code categories}: its index, node and written name (null when not a string). */
    private record Entry(int index, JsonNode node, String name) {
    }

    /** The entries of one list, with the keys of their names and aliases. */
    private record Entries(String list, String kind, List<Entry> entries, Map<String, Set<Integer>> owners) {

        static Entries of(JsonNode array, String list, String kind) {
            List<Entry> entries = new ArrayList<>();
            Map<String, Set<Integer>> owners = new HashMap<>();
            if (array.isArray()) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode e = array.get(i);
                    JsonNode name = e.path("name");
                    Entry entry = new Entry(i, e, name.isString() ? name.stringValue() : null);
                    entries.add(entry);
                    if (entry.name() != null) {
                        owners.computeIfAbsent(key(entry.name()), k -> new HashSet<>()).add(i);
                    }
                    for (JsonNode a : e.path("aliases")) {
                        if (a.isString()) {
                            owners.computeIfAbsent(key(a.stringValue()), k -> new HashSet<>()).add(i);
                        }
                    }
                }
            }
            return new Entries(list, kind, entries, owners);
        }

        /** Whether a key is only this entry's (so cleaning a value to it makes no duplicate). */
        boolean onlyOf(String key, int index) {
            Set<Integer> o = owners.get(key);
            return o == null || o.equals(Set.of(index));
        }

        /** The name an entry will have once fixed: cleaned when that is unambiguous, else as written. */
        String fixedName(Entry e) {
            String c = Taxonomy.clean(e.name());
            return !c.isEmpty() && !c.equals(e.name()) && onlyOf(key(c), e.index()) ? c : e.name();
        }
    }

    private static void entryIssues(Entries entries, List<Issue> out) {
        for (Entry e : entries.entries()) {
            String base = "/" + entries.list() + "/" + e.index();
            String name = e.name();
            if (name != null) {
                String problem = formProblem(name);
                String fixed = entries.fixedName(e);
                if (problem != null && !fixed.equals(name)) {
                    out.add(replace(base + "/name", e.node().get("name"), name, fixed, entries.kind() + " '" + name
                            + "' " + problem, "write '" + fixed + "' (prepkit fix does it, and fixes the guides that "
                            + "use it in the same run)", entries.kind() + " '" + name + "' -> '" + fixed + "'"));
                }
            }
            JsonNode aliases = e.node().path("aliases");
            if (!aliases.isArray()) {
                continue;
            }
            String owner = entries.kind() + " '" + (name == null ? "?" : name) + "'";
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < aliases.size(); j++) {
                JsonNode a = aliases.get(j);
                if (!a.isString()) {
                    continue;
                }
                String alias = a.stringValue();
                String k = key(alias);
                String pointer = base + "/aliases/" + j;
                if (name != null && k.equals(key(name))) {
                    out.add(remove(pointer, a, alias, "alias '" + alias + "' of " + owner + " is the "
                            + entries.kind() + "'s own name", "remove the alias (prepkit fix does it)",
                            "alias '" + alias + "' of " + owner + " removed: it is the " + entries.kind() + "'s name"));
                } else if (!k.isEmpty() && !seen.add(k)) {
                    out.add(remove(pointer, a, alias, "alias '" + alias + "' of " + owner + " is listed twice in its "
                            + "entry", "keep one (prepkit fix does it)", "alias '" + alias + "' of " + owner
                                    + " listed twice -> once"));
                } else {
                    String problem = formProblem(alias);
                    String fixed = Taxonomy.clean(alias);
                    if (problem != null && !fixed.isEmpty() && entries.onlyOf(k, e.index())) {
                        out.add(replace(pointer, a, alias, fixed, "alias '" + alias + "' of " + owner + " " + problem,
                                "write '" + fixed + "' (prepkit fix does it)",
                                "alias '" + alias + "' of " + owner + " -> '" + fixed + "'"));
                    }
                }
            }
        }
    }

    /** A tag's parent written as an alias, or as a canonical tag in another case or form. */
    private static void parentIssues(JsonNode tags, Entries entries, List<Issue> out) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        Map<String, Set<Integer>> nameOwners = new HashMap<>();
        for (Entry e : entries.entries()) {
            if (e.name() != null) {
                byName.putIfAbsent(key(e.name()), e);
                nameOwners.computeIfAbsent(key(e.name()), k -> new HashSet<>()).add(e.index());
            }
        }
        Set<String> written = new HashSet<>();
        entries.entries().forEach(e -> {
            if (e.name() != null) {
                written.add(e.name());
            }
        });
        for (Entry e : entries.entries()) {
            JsonNode p = e.node().path("parent");
            if (!p.isString()) {
                continue;
            }
            String parent = p.stringValue();
            String k = key(parent);
            Entry target = null;
            boolean alias = false;
            if (nameOwners.containsKey(k)) {
                if (nameOwners.get(k).size() == 1) {
                    target = byName.get(k);
                }
            } else {
                Set<Integer> o = entries.owners().get(k);
                if (o != null && o.size() == 1) {
                    target = entries.entries().get(o.iterator().next());
                    alias = true;
                }
            }
            if (target == null) {
                continue;
            }
            String fixed = entries.fixedName(target);
            if (fixed.equals(parent)) {
                continue;
            }
            String of = "parent '" + parent + "' of '" + (e.name() == null ? "?" : e.name()) + "'";
            String message;
            if (alias) {
                message = of + " is an alias of the canonical tag '" + fixed + "'";
            } else if (parent.equals(target.name())) {
                message = of + " " + formProblem(parent);
            } else {
                String problem = formProblem(parent);
                message = of + " is the canonical tag '" + fixed + "' written " + (problem == null ? "in another case"
                        : problem.equals("starts with '#'") ? "with a leading '#'" : "with stray spaces");
            }
            out.add(replace("/tags/" + e.index() + "/parent", p, parent, fixed, message,
                    "write '" + fixed + "' (prepkit fix does it)", of + " -> '" + fixed + "'"));
        }
    }

    /** White space at line ends, on the lines where removing it changes no value. */
    private Issue trailingSpace(String text, JsonNode tree) {
        String[] lines = text.split("\n", -1);
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (TRAILING.matcher(lines[i]).find()) {
                found.add(i + 1);
            }
        }
        if (found.isEmpty() || tree == null) {
            return null;
        }
        List<Integer> safe = new ArrayList<>();
        if (sameTree(tree, strip(lines, found))) {
            safe.addAll(found);
        } else {
            for (int n : found) {
                if (sameTree(tree, strip(lines, List.of(n)))) {
                    safe.add(n);
                }
            }
        }
        if (safe.isEmpty()) {
            return null;
        }
        Matcher m = TRAILING.matcher(lines[safe.get(0) - 1]);
        int column = m.find() ? m.start() + 1 : 1;
        String message = safe.size() == 1 ? "line " + safe.get(0) + " ends with white space"
                : safe.size() + " lines end with white space (lines " + listed(safe) + ")";
        return new Issue(Action.TRAILING_SPACE, "", safe.get(0), column, null, null, List.copyOf(safe), message,
                "remove it (prepkit fix does it)", "white space removed at the end of " + safe.size()
                        + (safe.size() == 1 ? " line" : " lines"));
    }

    private static String listed(List<Integer> lines) {
        List<String> s = lines.stream().limit(10).map(String::valueOf).toList();
        return String.join(", ", s) + (lines.size() > 10 ? ", …" : "");
    }

    /** The text with the trailing white space of the given lines removed. */
    static String strip(String[] lines, List<Integer> which) {
        String[] copy = lines.clone();
        for (int n : which) {
            copy[n - 1] = TRAILING.matcher(copy[n - 1]).replaceFirst("");
        }
        return String.join("\n", copy);
    }

    private boolean sameTree(JsonNode tree, String text) {
        try {
            return tree.equals(LocatedYaml.read(yaml.mapper(), text));
        } catch (JacksonException e) {
            return false;
        }
    }

    private static Issue replace(String pointer, JsonNode node, String written, String replacement, String message,
            String hint, String fix) {
        var loc = LocatedYaml.of("", node);
        return new Issue(Action.REPLACE, pointer, loc.line(), loc.column(), written, replacement, List.of(), message,
                hint, fix);
    }

    private static Issue remove(String pointer, JsonNode node, String written, String message, String hint, String fix) {
        var loc = LocatedYaml.of("", node);
        return new Issue(Action.REMOVE, pointer, loc.line(), loc.column(), written, null, List.of(), message, hint, fix);
    }
}
