package dev.prepkit.validate;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import dev.prepkit.model.finding.Location;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads YAML into a tree whose nodes know their line and column, and finds the location of any JSON pointer in
 * it. For a pointer that does not exist (a missing property), the nearest existing ancestor's location is given.
 */
public final class LocatedYaml {

    private LocatedYaml() {
    }

    /**
     * Parses YAML text into a located tree.
     *
     * @throws tools.jackson.core.JacksonException when the text is not well-formed YAML
     */
    public static JsonNode read(ObjectMapper yamlMapper, String text) {
        return JsonNodes.readTree(yamlMapper, text, LocationJsonNodeFactoryFactory.getInstance());
    }

    /**
     * Where YAML that is not well-formed goes wrong, from snakeyaml-engine's {@code MarkedYamlEngineException}:
     * where the engine noticed the problem, except when it only noticed it at the end of the text (an unclosed
     * quote or bracket) or on the line after a key without its ':', where the construct it was reading starts is
     * where the mistake is. Without those marks, the parser's location, else the whole file.
     *
     * @param path the file's path for the location
     * @param e what the YAML mapper threw; not null
     * @return a 1-based line and column, or the whole file
     */
    public static Location problemLocation(String path, JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException m && m.getProblemMark().isPresent()) {
            String problem = m.getProblem() == null ? "" : m.getProblem();
            String context = m.getContext() == null ? "" : m.getContext();
            boolean atEnd = problem.contains("end of stream") || problem.contains("<stream end>");
            Mark mark = m.getContextMark().isPresent() && (atEnd || context.contains("simple key"))
                    ? m.getContextMark().get() : m.getProblemMark().get();
            return new Location(path, mark.getLine() + 1, mark.getColumn() + 1);
        }
        TokenStreamLocation loc = e.getLocation();
        return loc == null ? Location.file(path)
                : new Location(path, Math.max(0, loc.getLineNr()), Math.max(0, loc.getColumnNr()));
    }

    /**
     * What is wrong with YAML that is not well-formed, in one line: the YAML engine's problem and where it noticed
     * it ("could not find expected ':' at line 3, column 1"), and what it was reading and from where ("while
     * scanning a simple key that starts at line 2, column 1"), or the parser's first message line when the engine
     * gives none.
     *
     * @param e what the YAML mapper threw; not null
     * @return the description; never null or empty
     */
    public static String problem(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException m && m.getProblem() != null) {
            String context = m.getContext();
            StringBuilder sb = new StringBuilder(m.getProblem().strip());
            m.getProblemMark().ifPresent(p -> sb.append(" at line ").append(p.getLine() + 1).append(", column ")
                    .append(p.getColumn() + 1));
            if (context != null && !context.isBlank()) {
                sb.append(" (").append(context.strip());
                m.getContextMark().ifPresent(c -> sb.append(" that starts at line ").append(c.getLine() + 1)
                        .append(", column ").append(c.getColumn() + 1));
                sb.append(')');
            }
            return sb.toString();
        }
        String message = e.getOriginalMessage();
        return message == null ? "syntax error" : message.lines().findFirst().orElse("syntax error");
    }

    /**
     * The location of a node in a file.
     *
     * @param path the file's path for the location
     * @param node a node of a located tree, or null
     * @return line and column (1-based), or the whole file when the node has no location
     */
    public static Location of(String path, JsonNode node) {
        if (node == null) {
            return Location.file(path);
        }
        try {
            TokenStreamLocation loc = JsonNodes.tokenStreamLocationOf(node);
            return new Location(path, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0));
        } catch (IllegalArgumentException e) {
            return Location.file(path);
        }
    }

    /**
     * The location of a JSON pointer in a located tree.
     *
     * @param path the file's path
     * @param root the tree's root
     * @param pointer a JSON pointer ({@code /questions/3/difficulty})
     */
    public static Location at(String path, JsonNode root, String pointer) {
        String p = pointer;
        while (true) {
            JsonNode node = root.at(p);
            if (!node.isMissingNode()) {
                return of(path, node);
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return of(path, root);
            }
            p = p.substring(0, slash);
        }
    }
}
