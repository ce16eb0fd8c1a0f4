package dev.prepkit.validate.report;

import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.finding.Location;
import dev.prepkit.validate.ValidationResult;
import dev.prepkit.validate.rules.Rule;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0 (Static Analysis Results Interchange Format, OASIS Standard, with Errata 01), for code-scanning
 * dashboards such as GitHub's: one run (section 3.14) whose {@code tool.driver} (3.18, 3.19) lists every rule as a
 * reportingDescriptor (3.49) and whose results (3.27) point at their file with a physicalLocation (3.29) relative
 * to {@code %SRCROOT%} (3.4.4, 3.14.14), the directory {@code prepkit validate} ran in.
 *
 * <ul>
 *   <li>level (3.27.10): error, warning, or note for info;</li>
 *   <li>message.text (3.11): the finding's message, then its fix on a second line {@code fix: …};</li>
 *   <li>region (3.30): startLine and startColumn, left out for a whole-file finding (line 0);</li>
 *   <li>relatedLocations (3.27.22): the finding's related locations (raw source line, other copies of a duplicate),
 *       numbered from 1, each with a message naming it;</li>
 *   <li>rules of findings that {@code rules} does not list get a bare descriptor after the listed ones, so every
 *       result has a ruleIndex (3.27.6).</li>
 * </ul>
 * The output is deterministic: no timestamps, no absolute paths but those the findings name.
 */
public final class SarifReport implements ReportRenderer {

    /** The format's name. */
    public static final String NAME = "sarif";
    /** The SARIF version written. */
    public static final String VERSION = "2.1.0";
    /** The {@code $schema} the log names: the OASIS 2.1.0 Errata 01 schema. */
    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    /** The URI base id relative paths are resolved against. */
    public static final String SRCROOT = "%SRCROOT%";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String render(ValidationResult result, List<Rule> rules) {
        ObjectNode log = Json.object();
        log.put("$schema", SCHEMA_URI);
        log.put("version", VERSION);
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", ToolInfo.NAME);
        driver.put("version", ToolInfo.VERSION);
        driver.put("semanticVersion", ToolInfo.VERSION);
        driver.put("informationUri", ToolInfo.INFORMATION_URI);
        ArrayNode descriptors = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (Rule r : rules) {
            if (index.putIfAbsent(r.id(), descriptors.size()) == null) {
                descriptor(descriptors.addObject(), r);
            }
        }
        TreeSet<String> unlisted = new TreeSet<>();
        result.findings().stream().map(Finding::ruleId).filter(id -> !index.containsKey(id)).forEach(unlisted::add);
        for (String id : unlisted) {
            index.put(id, descriptors.size());
            ObjectNode d = descriptors.addObject();
            d.put("id", id);
            d.put("name", pascal(id));
            d.putObject("shortDescription").put("text", "Prepkit rule '" + id + "'.");
        }
        ObjectNode base = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        base.putObject("description").put("text",
                "The directory prepkit validate ran in; the paths of findings are relative to it.");
        ArrayNode results = run.putArray("results");
        for (Finding f : result.findings()) {
            ObjectNode o = results.addObject();
            o.put("ruleId", f.ruleId());
            o.put("ruleIndex", index.get(f.ruleId()));
            o.put("level", Findings.sarifLevel(f.severity()));
            o.putObject("message").put("text", f.hint() == null ? f.message() : f.message() + "\nfix: " + f.hint());
            physical(o.putArray("locations").addObject(), f.location());
            if (!f.related().isEmpty()) {
                ArrayNode related = o.putArray("relatedLocations");
                for (Location r : f.related()) {
                    ObjectNode l = related.addObject();
                    l.put("id", related.size());
                    physical(l, r);
                    l.putObject("message").put("text", r.toString());
                }
            }
        }
        return Json.write(log);
    }

    private static void descriptor(ObjectNode d, Rule r) {
        d.put("id", r.id());
        d.put("name", pascal(r.id()));
        d.putObject("shortDescription").put("text", sentence(r.summary()));
        d.putObject("fullDescription").put("text", "Prepkit reports '" + r.id() + "' when " + r.summary()
                + "; its findings are " + Findings.sarifLevel(r.defaultSeverity())
                + "s unless the configuration says otherwise.");
        d.putObject("help").put("text", "Each finding's message says what is wrong and its second line, 'fix:', "
                + "how to fix it. Run 'prepkit validate' to list the findings in the terminal.");
        d.putObject("defaultConfiguration").put("level", Findings.sarifLevel(r.defaultSeverity()));
    }

    /** A physicalLocation (3.29) into {@code holder}: the file, and the region unless the whole file. */
    private static void physical(ObjectNode holder, Location at) {
        ObjectNode physical = holder.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", uri(at.path()));
        if (!absolute(at.path())) {
            artifact.put("uriBaseId", SRCROOT);
        }
        if (at.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", at.line());
            if (at.column() > 0) {
                region.put("startColumn", at.column());
            }
        }
    }

    private static boolean absolute(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:/.*");
    }

    /**
     * A path as a URI reference (RFC 3986): relative paths stay relative, with every character outside
     * unreserved, sub-delims and {@code @} percent-encoded as UTF-8 (so a {@code :} cannot pass for a scheme);
     * absolute paths become {@code file:} URIs.
     */
    static String uri(String path) {
        if (path.startsWith("//")) {
            return "file:" + encode(path, true);
        }
        if (path.startsWith("/")) {
            return "file://" + encode(path, true);
        }
        if (path.matches("^[A-Za-z]:/.*")) {
            return "file:///" + path.substring(0, 2) + encode(path.substring(2), true);
        }
        return encode(path, false);
    }

    private static String encode(String path, boolean colonOk) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=@/".indexOf(c) >= 0 || colonOk && c == ':';
            if (keep) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }

    /** {@code missing-difficulty} → {@code MissingDifficulty} (reportingDescriptor.name, 3.49.7). */
    static String pascal(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static String sentence(String summary) {
        String s = summary.isEmpty() ? summary : Character.toUpperCase(summary.charAt(0)) + summary.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }
}
