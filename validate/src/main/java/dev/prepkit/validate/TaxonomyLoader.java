package dev.prepkit.validate;

import dev.prepkit.model.Schemas;
import dev.prepkit.model.Taxonomy;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code taxonomy.yaml} and checks it: well-formed YAML, its JSON Schema (resource
 * {@code dev/prepkit/model/taxonomy.schema.json}), no tag or alias listed twice, every parent a canonical tag,
 * no cycle of parents. A taxonomy with errors still loads as far as it can, so guides can be checked.
 */
public final class TaxonomyLoader {

    /** Rule id of taxonomy problems. */
    public static final String RULE = "taxonomy";

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

    /** Loads and checks a taxonomy file; {@code path} names it in findings. */
    public Result load(Path file, String path) {
        List<Finding> findings = new ArrayList<>();
        if (!Files.exists(file)) {
            findings.add(new Finding(RULE, Severity.WARNING, Location.file(path), "no taxonomy file: every tag will "
                    + "be reported as unknown", "create it (see content/README.md) or pass --content"));
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            findings.add(new Finding(RULE, Severity.ERROR, Location.file(path), "cannot read the taxonomy: " + e.getMessage(), null));
            return new Result(new Taxonomy(null, List.of()), findings);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            findings.add(new Finding(RULE, Severity.ERROR, loc == null ? Location.file(path)
                    : new Location(path, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr())),
                    "the taxonomy is not well-formed YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""), null));
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        for (SchemaCheck.Violation v : schema.check(tree)) {
            findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, v.pointer()),
                    "taxonomy " + v.pointer() + ": " + v.message(), null));
        }
        Taxonomy taxonomy;
        try {
            taxonomy = yaml.mapper().treeToValue(tree, Taxonomy.class);
        } catch (JacksonException | IllegalArgumentException e) {
            return new Result(new Taxonomy(null, List.of()), findings);
        }
        Map<String, String> seen = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        List<Taxonomy.Tag> tags = taxonomy.tags();
        for (int i = 0; i < tags.size(); i++) {
            Taxonomy.Tag t = tags.get(i);
            List<String> names = new ArrayList<>();
            names.add(t.name());
            names.addAll(t.aliases());
            for (String n : names) {
                String prev = seen.putIfAbsent(n.toLowerCase(Locale.ROOT), t.name());
                if (prev != null) {
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, "/tags/" + i),
                            "'" + n + "' is listed twice (also under '" + prev + "')", "keep one entry"));
                }
            }
            if (t.parent() != null) {
                parents.put(t.name(), t.parent());
            }
        }
        for (int i = 0; i < tags.size(); i++) {
            Taxonomy.Tag t = tags.get(i);
            if (t.parent() != null && taxonomy.canonical(t.parent()).isEmpty()) {
                findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, "/tags/" + i + "/parent"),
                        "parent '" + t.parent() + "' of '" + t.name() + "' is not a canonical tag", null));
            }
            String cur = t.parent();
            for (int steps = 0; cur != null && steps <= tags.size(); steps++) {
                if (cur.equals(t.name())) {
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.at(path, tree, "/tags/" + i + "/parent"),
                            "'" + t.name() + "' is its own ancestor: the parents form a cycle", "break the cycle"));
                    break;
                }
                cur = parents.get(cur);
            }
        }
        return new Result(taxonomy, findings);
    }
}
