package dev.prepkit.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlCodecTest {

    private final YamlCodec codec = new YamlCodec();

    private Guide guide() {
        Question q = new Question("q-0123456789", "Design a rate limiter: how?", "SWE", null, null, Difficulty.HARD,
                List.of("Redis"), null, null, null, LineRange.of(9, 11));
        Section s = new Section(SectionKind.TIPS, "Tips", List.of(new SectionItem("Think", "line one\nline two", null,
                LineRange.of(3))), null);
        return new Guide(null, "acme-swe", "Acme", "SWE", null, null, null, List.of(), List.of(q), List.of(s));
    }

    @Test
    void aGuideSurvivesARoundTrip() {
        Guide g = guide();
        assertThat(codec.readGuide(codec.write(g))).isEqualTo(g);
    }

    @Test
    void writingIsStableAndLeavesEmptyFieldsOut() {
        String yaml = codec.write(guide());
        assertThat(codec.write(codec.readGuide(yaml))).isEqualTo(yaml);
        assertThat(yaml).startsWith(YamlCodec.SCHEMA_COMMENT + "schemaVersion: \"1\"\nid: acme-swe\n")
                .doesNotContain("overview").doesNotContain("rounds").doesNotContain("null")
                .contains("lines: 9-11").contains("lines: \"3\"").contains("text: |-\n");
    }
}
