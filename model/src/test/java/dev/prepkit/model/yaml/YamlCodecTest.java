package dev.prepkit.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import dev.prepkit.model.Section;
import dev.prepkit.model.SectionItem;
import dev.prepkit.model.SectionKind;
import dev.prepkit.model.Source;
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

    @Test
    void aSourceWithoutUrlWritesNoUrlOrFetchedLine() {
        Guide g = guide().withSource(new Source("raw/acme/swe.txt", "round-list", "ab".repeat(32), LineRange.of(1, 12)));
        String yaml = codec.write(g);
        assertThat(yaml).contains("source:\n  path: raw/acme/swe.txt\n  format: round-list\n  sha256: " + "ab".repeat(32)
                + "\n  lines: 1-12\nquestions:").doesNotContain("url").doesNotContain("fetched");
        assertThat(codec.readGuide(yaml)).isEqualTo(g);
    }

    @Test
    void aFetchedSourceKeepsItsUrlAndFetchDateAfterTheLineRange() {
        Source source = new Source("raw/example-com/blog-google-interview.html", "generic", "ab".repeat(32),
                LineRange.of(1, 30)).withOrigin("https://example.com/blog/google-interview", "2026-04-20T09:30:00Z");
        String yaml = codec.write(guide().withSource(source));
        assertThat(yaml).contains("  lines: 1-30\n  url: https://example.com/blog/google-interview\n"
                + "  fetched: 2026-04-20T09:30:00Z\n");
        assertThat(codec.readGuide(yaml).source()).isEqualTo(source);
    }

    @Test
    void aDifficultyLabelThatIsNotCanonicalIsKeptAsWrittenAndRepeatsKeepTheirLines() {
        Question q = new Question("q-0123456789", "What is a heap?", null, null, null, null, List.of(), null, null,
                null, LineRange.of(4), "Tricky", List.of(LineRange.of(40), LineRange.of(77, 78)));
        Guide g = new Guide(null, "acme-swe", "Acme", null, null, null, null, List.of(), List.of(q), List.of());
        String yaml = codec.write(g);
        assertThat(yaml).contains("    difficulty: Tricky\n").contains("    alsoAt:\n      - \"40\"\n      - 77-78\n");
        Question back = codec.readGuide(yaml).questions().get(0);
        assertThat(back).isEqualTo(q);
        assertThat(back.difficulty()).isNull();
        assertThat(back.difficultyLabel()).isEqualTo("Tricky");
        assertThat(codec.readGuide(yaml.replace("Tricky", "hard")).questions().get(0).difficulty())
                .isEqualTo(Difficulty.HARD);
        assertThat(codec.readGuide(yaml.replace("Tricky", "Hard")).questions().get(0).difficultyLabel())
                .isEqualTo("Hard");
    }

    @Test
    void aGuideThatNamesNoCompanyWritesNoCompanyLineAndIsTitledByItsIdWhenUntitled() {
        Guide g = new Guide(null, "files-01-leetcode", null, null, null, null, null, null, null, null);
        assertThat(g.title()).isEqualTo("files-01-leetcode");
        String yaml = codec.write(g);
        assertThat(yaml).doesNotContain("company");
        assertThat(codec.readGuide(yaml)).isEqualTo(g);
    }
}
