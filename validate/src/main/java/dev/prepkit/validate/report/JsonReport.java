package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.model.finding.Severity;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Prepkit's own JSON (RFC 8259) report, for scripts: the tool, the totals and every finding, flat and sorted.
 * Its shape is the JSON Schema (Draft 2020-12) {@value #SCHEMA_RESOURCE}; {@code schemaVersion} changes only when
 * a change would break a reader.
 *
 * <pre>{@code
 * {"schemaVersion": "1", "tool": {"name": "prepkit", "version": "0.1.0"},
 *  "summary": {"guides": 3, "questions": 31, "errors": 2, "warnings": 1, "infos": 1},
 *  "findings": [{"ruleId": "alias-tag", "severity": "warning", "path": "guides/b.yaml", "line": 9, "column": 19,
 *                "message": "…", "hint": "…" or null, "related": [{"path": "raw/b.txt", "line": 47, "column": 1}]}]}
 * }</pre>
 *
 * Line and column are 1-based, 0 when the finding is about the whole file or the column is unknown.
 */
public final class JsonReport implements ReportRenderer {

    /** The format's name. */
    public static final String NAME = "json";
    /** The version of the report's shape. */
    public static final String SCHEMA_VERSION = "1";
    /** Class-path resource of the report's JSON Schema. */
    public static final String SCHEMA_RESOURCE = "dev/prepkit/validate/report/findings.schema.json";

    @Override
    public String name() {
        return NAME;
    }

    /** The text of the report's JSON Schema (Draft 2020-12). */
    public static String schema() {
        try (InputStream in = JsonReport.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + SCHEMA_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String render(ValidationResult result, List<Rule> rules) {
        ObjectNode root = Json.object();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);
        ObjectNode summary = root.putObject("summary");
        summary.put("guides", result.guides());
        summary.put("questions", result.questions());
        summary.put("errors", result.count(Severity.ERROR));
        summary.put("warnings", result.count(Severity.WARNING));
        summary.put("infos", result.count(Severity.INFO));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode o = findings.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().label());
            location(o, f.location());
            o.put("message", f.message());
            if (f.hint() == null) {
                o.putNull("hint");
            } else {
                o.put("hint", f.hint());
            }
            ArrayNode related = o.putArray("related");
            f.related().forEach(r -> location(related.addObject(), r));
        }
        return Json.write(root);
    }

    private static void location(ObjectNode o, Location at) {
        o.put("path", at.path());
        o.put("line", Math.max(0, at.line()));
        o.put("column", Math.max(0, at.column()));
    }
}
