package dev.prepkit.model.yaml;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Taxonomy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes guides and the taxonomy as YAML (Jackson 3, jackson-dataformat-yaml).
 *
 * <p>Output is stable: fields in record order, empty fields left out, one line per scalar (no folding), lists
 * indented under their key, UTF-8, a trailing newline. Writing the same value twice gives the same bytes.
 * Instances are immutable and thread-safe.
 */
public final class YamlCodec {

    /** Deepest nesting a YAML document may have; deeper documents are rejected. */
    public static final int MAX_NESTING_DEPTH = 64;

    private final YAMLMapper mapper;

    /** A codec with Prepkit's settings. */
    public YamlCodec() {
        YAMLFactory factory = YAMLFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .build();
        this.mapper = YAMLMapper.builder(factory)
                .changeDefaultPropertyInclusion(incl -> incl
                        .withValueInclusion(JsonInclude.Include.NON_EMPTY)
                        .withContentInclusion(JsonInclude.Include.NON_EMPTY))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }

    /** The configured mapper, for readers that need the tree or streaming API. */
    public YAMLMapper mapper() {
        return mapper;
    }

    /** The comment that points editors (yaml-language-server) at the generated guide schema. */
    public static final String SCHEMA_COMMENT = "# yaml-language-server: $schema=../.schema/guide.schema.json\n";

    /**
     * The YAML text of a guide, starting with {@link #SCHEMA_COMMENT} so that editors check it as it is typed.
     *
     * @return UTF-8 text ending in a newline
     */
    public String write(Guide guide) {
        return SCHEMA_COMMENT + mapper.writeValueAsString(guide);
    }

    /** The YAML text of a taxonomy. */
    public String write(Taxonomy taxonomy) {
        return mapper.writeValueAsString(taxonomy);
    }

    /**
     * Reads a guide from YAML text.
     *
     * @throws JacksonException when the text is not YAML or does not fit the guide records
     */
    public Guide readGuide(String yaml) {
        return mapper.readValue(yaml, Guide.class);
    }

    /**
     * Converts a tree (for example one already checked against the schema) to a guide.
     *
     * @throws JacksonException when the tree does not fit the guide records
     */
    public Guide toGuide(JsonNode tree) {
        return mapper.treeToValue(tree, Guide.class);
    }

    /**
     * Reads a guide file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws JacksonException when the text is not YAML or does not fit the guide records
     */
    public Guide readGuide(Path file) {
        return readGuide(readText(file));
    }

    /**
     * Reads a taxonomy file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws JacksonException when the text is not YAML or does not fit the taxonomy records
     */
    public Taxonomy readTaxonomy(Path file) {
        return mapper.readValue(readText(file), Taxonomy.class);
    }

    /**
     * Reads a configuration file.
     *
     * @throws UncheckedIOException when the file cannot be read
     * @throws JacksonException when the text is not YAML or does not fit the configuration records
     */
    public dev.prepkit.model.config.PrepkitConfig readConfig(Path file) {
        return mapper.readValue(readText(file), dev.prepkit.model.config.PrepkitConfig.class);
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
