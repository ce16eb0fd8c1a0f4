package dev.prepkit.validate;

import dev.prepkit.model.Schemas;
import dev.prepkit.model.config.PrepkitConfig;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.model.yaml.YamlCodec;
import dev.prepkit.validate.rules.Rule;
import dev.prepkit.validate.rules.Suggestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
        SourceText.Read text = SourceText.utf8(file, path, RULE, "the configuration");
        if (text.problem() != null) {
            return new Result(PrepkitConfig.defaults(), List.of(text.problem()));
        }
        JsonNode tree;
        try {
            tree = LocatedYaml.read(yaml.mapper(), text.text());
        } catch (JacksonException e) {
            return new Result(PrepkitConfig.defaults(), List.of(
                    SourceText.syntax(RULE, path, "the configuration is not well-formed YAML", e)));
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
        // Every rule 'prepkit rules' lists for validation may be set, but this file's own: its findings come before
        // there is a configuration to apply.
        Set<String> known = Validator.rules().stream().map(Rule::id).collect(Collectors.toCollection(HashSet::new));
        known.addAll(List.of(TaxonomyLoader.RULE, TaxonomyForms.RULE, Baseline.EXPIRED));
        Suggestions ruleIds = new Suggestions(known.stream().collect(Collectors.toMap(id -> id, id -> id)));
        JsonNode rules = tree.get("rules");
        if (rules != null && rules.isObject()) {
            for (String name : rules.propertyNames()) {
                if (name.equals(RULE)) {
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.of(path, rules.get(name)),
                            "rule '" + RULE + "' cannot be set here: it reports problems of this file itself",
                            "remove it from 'rules:'"));
                } else if (!known.contains(name)) {
                    List<String> close = ruleIds.closest(name);
                    findings.add(new Finding(RULE, Severity.ERROR, LocatedYaml.of(path, rules.get(name)),
                            "unknown rule '" + name + "'", (close.isEmpty() ? "" : "did you mean '" + close.get(0) + "'? ")
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
