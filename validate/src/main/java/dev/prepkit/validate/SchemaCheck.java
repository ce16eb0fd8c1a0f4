package dev.prepkit.validate;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.CollectorContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one adapter over networknt json-schema-validator 3.x (JSON Schema Draft 2020-12): the rest of Prepkit sees
 * only {@link Violation}s. A schema is compiled once; {@link #check} is thread-safe. Schemas compiled from text
 * also understand Prepkit's own keyword {@code uniqueQuestionText} ({@link UniqueQuestionTextKeyword}).
 */
public final class SchemaCheck {

    /**
     * One way a document breaks the schema.
     *
     * @param pointer JSON pointer of the offending value ({@code /questions/3/difficulty}); for a missing or
     *     unexpected property, the pointer of that property under its parent
     * @param keyword the schema keyword that failed ({@code required}, {@code enum}, {@code pattern} …)
     * @param message the validator's message
     * @param property the missing or unexpected property's name, or null
     * @param node the offending node (for a missing property, its parent), carrying its YAML location
     * @param arguments the keyword's message arguments (for {@code uniqueQuestionText}: the first copy's index and
     *     id); never null
     */
    public record Violation(String pointer, String keyword, String message, String property, JsonNode node,
            Object[] arguments) {
        public Violation {
            arguments = arguments == null ? new Object[0] : arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }

    /**
     * Draft 2020-12 with Prepkit's own keyword {@code uniqueQuestionText} ({@link UniqueQuestionTextKeyword}), the
     * dialect of schemas compiled by {@link #SchemaCheck(String)}.
     */
    private static final Dialect PREPKIT_2020_12 = Dialect.builder(Dialects.getDraft202012())
            .keyword(new UniqueQuestionTextKeyword()).build();

    private final Schema schema;
    /** Whether {@code format} is asserted (Prepkit's own schemas: a date must be a calendar date). */
    private final boolean formats;

    /**
     * Compiles one of Prepkit's own schemas; its {@code format} keywords are asserted (a {@code date} must be a
     * date that exists).
     *
     * @param schemaJson the schema's JSON text, Draft 2020-12
     * @throws IllegalArgumentException when the text is not a usable schema
     */
    public SchemaCheck(String schemaJson) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(PREPKIT_2020_12);
        try {
            this.schema = registry.getSchema(schemaJson, InputFormat.JSON);
            this.formats = true;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    private SchemaCheck(Schema schema) {
        this.schema = schema;
        this.formats = false;
    }

    /**
     * Compiles a schema in the draft its {@code $schema} names (Draft 4, 6, 7, 2019-09 or 2020-12), or Draft
     * 2020-12 when it names none: for third-party schemas such as SARIF 2.1.0's, which is Draft-07.
     *
     * @param schemaJson the schema's JSON text
     * @throws IllegalArgumentException when the text is not a usable schema
     */
    public static SchemaCheck forDeclaredDraft(String schemaJson) {
        try {
            JsonNode node = JsonMapper.shared().readTree(schemaJson);
            SpecificationVersion draft = SpecificationVersion.fromSchemaNode(node)
                    .orElse(SpecificationVersion.DRAFT_2020_12);
            return new SchemaCheck(SchemaRegistry.withDefaultDialect(draft).getSchema(node));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a usable JSON Schema: " + e.getMessage(), e);
        }
    }

    /**
     * Validates a tree.
     *
     * @param document a tree, ideally read with location information ({@link LocatedYaml})
     * @return the violations in document order; empty when the document is valid
     */
    public List<Violation> check(JsonNode document) {
        return check(document, new HashMap<>());
    }

    /**
     * Validates a tree, keeping what keywords collect on the way (networknt's collector context): Prepkit's
     * {@code uniqueQuestionText} leaves the normalized text of each question there.
     *
     * @param document a tree, ideally read with location information ({@link LocatedYaml})
     * @param collected receives what keywords collect, by key; not null, modified
     * @return the violations in document order; empty when the document is valid
     */
    public List<Violation> check(JsonNode document, Map<Object, Object> collected) {
        List<Violation> out = new ArrayList<>();
        for (Error e : schema.validate(document, context -> {
            context.setCollectorContext(new CollectorContext(collected));
            if (formats) {
                context.executionConfig(c -> c.formatAssertionsEnabled(true));
            }
        })) {
            String pointer = e.getInstanceLocation().toString();
            JsonNode node = e.getInstanceNode();
            String property = e.getProperty();
            if (property != null) {
                pointer = pointer + "/" + property.replace("~", "~0").replace("/", "~1");
                if (node != null && node.has(property)) {
                    node = node.get(property);
                }
            }
            out.add(new Violation(pointer, e.getKeyword(), e.getMessage(), property, node, e.getArguments()));
        }
        return out;
    }
}
