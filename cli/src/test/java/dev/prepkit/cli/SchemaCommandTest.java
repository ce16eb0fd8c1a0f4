package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaCommandTest {

    private static JsonNode categoryOf(Path content) throws Exception {
        Cli r = Cli.run("schema", "--with-taxonomy", "--content", content.toString());
        assertThat(r.exit()).isZero();
        JsonNode schema = JsonMapper.builder().build().readTree(Files.readString(content.resolve(".schema/guide.schema.json")));
        return schema.at("/properties/questions/items/properties/category");
    }

    @Test
    void theEditorSchemaEnumeratesTheTaxonomysCanonicalCategories(@TempDir Path tmp) throws Exception {
        JsonNode category = categoryOf(Cli.copyOfContent(tmp));
        assertThat(category.get("enum")).isNotNull();
        assertThat(category.get("enum").valueStream().map(JsonNode::asString).toList()).containsExactly(
                "Candor & Direct Communication", "Freedom & Responsibility", "Global Streaming at Scale",
                "High Performance Culture", "Innovation & Member Focus", "System Design", "Team Leadership & Culture",
                "Technical Leadership at Netflix Scale");
        assertThat(category.get("$ref").asString()).isEqualTo("#/$defs/text");
    }

    @Test
    void withoutCategoriesInTheTaxonomyAnyCategoryIsAcceptedAndValidateSaysSoOnce(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        String taxonomy = Files.readString(content.resolve("taxonomy.yaml"));
        Files.writeString(content.resolve("taxonomy.yaml"), taxonomy.substring(0, taxonomy.indexOf("\ncategories:\n") + 1));
        assertThat(categoryOf(content).has("enum")).isFalse();
        Cli validate = Cli.run("validate", "--content", content.toString());
        assertThat(validate.out()).contains("taxonomy.yaml: info [taxonomy] the taxonomy lists no categories, so "
                + "questions' categories are not checked").endsWith(": 0 errors, 3 warnings, 1 info\n");
    }

    @Test
    void theShippedEditorSchemasHaveTheTaxonomysCurrentTagsAndCategories(@TempDir Path tmp) throws Exception {
        Path content = Cli.copyOfContent(tmp);
        Cli.run("schema", "--with-taxonomy", "--content", content.toString());
        Path shipped = dev.prepkit.model.testing.RepoRoot.content().resolve(".schema");
        assertThat(content.resolve(".schema/taxonomy.schema.json")).hasSameTextualContentAs(shipped.resolve("taxonomy.schema.json"));
        JsonMapper json = JsonMapper.builder().build();
        JsonNode generated = json.readTree(Files.readString(content.resolve(".schema/guide.schema.json")));
        JsonNode committed = json.readTree(Files.readString(shipped.resolve("guide.schema.json")));
        for (String pointer : List.of("/properties/questions/items/properties/category",
                "/properties/questions/items/properties/tags")) {
            assertThat(committed.at(pointer)).as(pointer + " (run ./prepkit schema --with-taxonomy)")
                    .isEqualTo(generated.at(pointer));
        }
    }

    @Test
    void theCategoryAndTaxonomyRulesAreListed() {
        String rules = Cli.run("rules").out();
        assertThat(rules).contains("  unknown-category          error    ").contains("  category-alias            warning  ")
                .contains("  taxonomy-form             warning  ").contains("unchecked while it lists no categories");
    }
}
