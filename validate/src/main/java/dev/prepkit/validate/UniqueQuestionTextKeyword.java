package dev.prepkit.validate;

import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;
import dev.prepkit.validate.rules.DuplicateText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Prepkit's own JSON Schema keyword {@value #NAME}, registered with networknt by {@link SchemaCheck} (part of
 * that adapter; nothing else sees networknt). On an array of question objects, {@code "uniqueQuestionText": true}
 * asserts that no two questions have the same {@code text} after {@link DuplicateText#key} (Unicode NFKC, case
 * folding, white space, punctuation and quote styles, number words as digits), unless one of the two lists the
 * other's {@code id} under {@code distinctFrom}. Each later copy is one error at its {@code text}, whose
 * arguments are the index of the first copy and its id. Other JSON Schema tools ignore the keyword (Draft 2020-12,
 * section 6.5: unknown keywords are annotations).
 */
final class UniqueQuestionTextKeyword implements Keyword {

    /** The keyword's name in a schema. */
    static final String NAME = "uniqueQuestionText";

    /**
     * Key under which the keyword leaves, in the collector context's data ({@link SchemaCheck#check(JsonNode,
     * Map)}), the {@link DuplicateText#key} of each item's text, in item order ({@code null} for an item without a
     * string text): a {@code List<String>}, so that the keys are worked out once per question.
     */
    static final String TEXT_KEYS = "prepkit.uniqueQuestionText.keys";

    @Override
    public String getValue() {
        return NAME;
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
            SchemaContext schemaContext) {
        return new Check(this, schemaNode, schemaLocation, parentSchema, schemaContext);
    }

    /** The keyword's check of one array. */
    private static final class Check extends BaseKeywordValidator {
        private final boolean on;

        Check(Keyword keyword, JsonNode schemaNode, SchemaLocation schemaLocation, Schema parentSchema,
                SchemaContext schemaContext) {
            super(keyword, schemaNode, schemaLocation, parentSchema, schemaContext);
            this.on = schemaNode.isBoolean() && schemaNode.booleanValue();
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode rootNode, NodePath instanceLocation) {
            if (!on || !node.isArray()) {
                return;
            }
            Map<String, Integer> first = new HashMap<>();
            List<String> keys = new ArrayList<>(node.size());
            context.getCollectorContext().put(TEXT_KEYS, keys);
            for (int i = 0; i < node.size(); i++) {
                JsonNode text = node.get(i).path("text");
                if (!text.isString()) {
                    keys.add(null);
                    continue;
                }
                String key = DuplicateText.key(text.stringValue());
                keys.add(key);
                Integer earlier = first.putIfAbsent(key, i);
                if (earlier == null || distinct(node.get(earlier), node.get(i))) {
                    continue;
                }
                String firstId = node.get(earlier).path("id").asString("?");
                context.addError(error().instanceNode(text).instanceLocation(instanceLocation.append(i).append("text"))
                        .evaluationPath(context.getEvaluationPath())
                        .locale(context.getExecutionConfig().getLocale())
                        .arguments(earlier, firstId)
                        .message("the text of item " + i + " repeats the text of item " + earlier + " ('" + firstId
                                + "') after normalization")
                        .build());
            }
        }

        /** Whether either question lists the other's id under distinctFrom. */
        private static boolean distinct(JsonNode a, JsonNode b) {
            return lists(a, b.path("id").asString(null)) || lists(b, a.path("id").asString(null));
        }

        private static boolean lists(JsonNode question, String id) {
            if (id == null) {
                return false;
            }
            for (JsonNode other : question.path("distinctFrom")) {
                if (id.equals(other.asString(null))) {
                    return true;
                }
            }
            return false;
        }
    }
}
