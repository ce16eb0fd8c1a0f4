package dev.prepkit.validate;

import dev.prepkit.model.Schemas;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.rules.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Loads {@code prepkit.yaml} and checks it against its JSON Schema (resource
 * {@code dev/prepkit/model/config.schema.json}) and against the known rule ids. A missing file is the default
 * configuration; a file with errors gives findings and the default configuration, so nothing runs half-configured.
 */
public final class ConfigLoader {

    /** Rule id of configuration problems. */
    public static final String RULE = "config";

    /**
     * A loaded configuration and its problems.
     *
     * @param config the configuration; never null
     * @param findings problems in the file; never null
     */
    public record Result(PrepkitConfig config, List<Finding> findings) {
        /** Whether the file had errors. */
        public boolean hasErrors() {
            return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
        }
    }

    private final YamlCodec yaml = new YamlCodec();
    private final SchemaCheck schema = new SchemaCheck(Schemas.configSchema());

    /**
     * Loads a configuration file.
     *
     * @param file the file; when it does not exist, the defaults are returned without findings
     * @param path how the file is named in findings
     */
    public Result load(Path file, String path) {
        if (!Files.exists(file)) {
            return new Result(PrepkitConfig.defaults(), List.of());
        }
        List<Finding> findings = new ArrayList<>();
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail(path, Location.file(path), "cannot read the configuration: " + e.getMessage());
        } catch (JacksonException e) {
            return fail(path, LocatedYaml.problemLocation(path, e),
                    "the configuration is not well-formed YAML: " + LocatedYaml.problem(e));
        }
        if (tree == null || !tree.isObject()) {
            return fail(path, Location.file(path), "the configuration must be a YAML mapping");
        }
        for (SchemaCheck.Violation v : schema.check(tree)) {
            findings.add(new Finding(RULE, Severity.ERROR, v.node() != null ? LocatedYaml.of(path, v.node())
                    : LocatedYaml.at(path, tree, v.pointer()), "'" + v.pointer().substring(1).replace('/', '.')
                            + "': " + v.message(), "see the configuration's schema (prepkit schema --config) and "
                            + "the comments in content/prepkit.yaml"));
        }
        Set<String> known = Validator.rules().stream().map(Rule::id).collect(Collectors.toSet());
        JsonNode rules = tree.get("rules");
        if (rules != null && rules.isObject()) {
            for (String name : rules.propertyNames()) {
                if (!known.contains(name)) {
                    String closest = known.stream().min(java.util.Comparator.comparingInt((String k) ->
                            org.apache.commons.text.similarity.LevenshteinDistance.getDefaultInstance().apply(name, k))
                            .thenComparing(k -> k)).orElse(null);
                    boolean near = closest != null && org.apache.commons.text.similarity.LevenshteinDistance
                            .getDefaultInstance().apply(name, closest) <= Math.max(2, name.length() / 4);
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.of(path, rules.get(name)),
                            "unknown rule '" + name + "'", (near ? "did you mean '" + closest + "'? " : "")
                                    + "run 'prepkit rules' for the rule ids"));
                }
            }
        }
        if (!findings.isEmpty()) {
            return new Result(PrepkitConfig.defaults(), findings);
        }
        try {
            return new Result(yaml.mapper().treeToValue(tree, PrepkitConfig.class), findings);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            return fail(path, Location.file(path), "the configuration cannot be read: " + e.getMessage());
        }
    }

    private static Result fail(String path, Location at, String message) {
        return new Result(PrepkitConfig.defaults(), List.of(new Finding(RULE, Severity.ERROR, at, message, null)));
    }
}
