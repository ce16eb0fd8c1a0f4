package dev.prepkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (Draft 2020-12) of Prepkit's files, shipped as resources of this module.
 */
public final class Schemas {

    /** Resource path of the guide schema. */
    public static final String GUIDE = "dev/prepkit/model/guide.schema.json";
    /** Resource path of the configuration schema. */
    public static final String CONFIG = "dev/prepkit/model/config.schema.json";
    /** Resource path of the taxonomy schema. */
    public static final String TAXONOMY = "dev/prepkit/model/taxonomy.schema.json";

    private Schemas() {
    }

    /** The guide schema's JSON text. */
    public static String guideSchema() {
        return resource(GUIDE);
    }

    /** The configuration schema's JSON text. */
    public static String configSchema() {
        return resource(CONFIG);
    }

    /** The taxonomy schema's JSON text. */
    public static String taxonomySchema() {
        return resource(TAXONOMY);
    }

    /**
     * The text of one of this module's schema resources.
     *
     * @throws IllegalArgumentException when no such resource exists
     */
    public static String resource(String path) {
        try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
