package dev.prepkit.validate;

import com.networknt.schema.serialization.node.LocationJsonNodeFactoryFactory;
import com.networknt.schema.utils.JsonNodes;
import dev.prepkit.model.finding.Location;
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
