package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.LineRange;
import dev.prepkit.model.Question;
import dev.prepkit.model.finding.Finding;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DifficultyAtIngestTest {

    private static ParsedGuide ingest(Path dir, String text, IngestOptions options) throws Exception {
        Path f = dir.resolve("bank.md");
        Files.writeString(f, text);
        return new Ingestor(options).ingest(f, "raw/acme/bank.md", "raw/acme/bank.md").parsed();
    }

    @Test
    void aLabelTheConfiguredSynonymsNameBecomesTheDifficultyAndItsWarningGoes(@TempDir Path dir) throws Exception {
        ParsedGuide p = ingest(dir, "## Questions\n\n1. What is a heap? (Difficulty: Tricky)\n2. What is a trie? [H]\n",
                IngestOptions.defaults().withDifficultySynonyms(Map.of("tricky", "hard")));
        assertThat(p.guide().questions()).extracting(Question::difficulty).containsExactly(Difficulty.HARD, Difficulty.HARD);
        assertThat(p.findings()).extracting(Finding::ruleId).contains("difficulty-synonym")
                .doesNotContain("unknown-difficulty");
    }

    @Test
    void anUnknownLabelIsKeptInTheGuideAsWrittenForFixToMapLater(@TempDir Path dir) throws Exception {
        ParsedGuide p = ingest(dir, "## Questions\n\n- What is a heap? (Difficulty: Tricky)\n- What is a trie? ★★☆\n\n"
                + "### What is a B-tree?\n\n**Difficulty:** Medium\n\nA balanced search tree.\n",
                IngestOptions.defaults());
        Question q = p.guide().questions().get(0);
        assertThat(q.difficulty()).isNull();
        assertThat(q.difficultyLabel()).isEqualTo("Tricky");
        assertThat(q.text()).isEqualTo("What is a heap?");
        assertThat(p.findings()).anySatisfy(f -> assertThat(f.ruleId()).isEqualTo("unknown-difficulty"));
        assertThat(new YamlCodec().write(p.guide())).contains("difficulty: Tricky");
        assertThat(p.guide().questions()).extracting(Question::difficulty)
                .containsExactly(null, Difficulty.MEDIUM, Difficulty.MEDIUM);
        assertThat(p.guide().questions().get(2).notes()).isEqualTo("A balanced search tree.");
    }

    @Test
    void aQuestionThePageRepeatsIsOneQuestionWithEveryLineAndReingestIsByteIdentical(@TempDir Path dir)
            throws Exception {
        String page = "## Git\n\n1. What is a rebase?\n2. What is a merge?\n3. What is a rebase?\n";
        ParsedGuide p = ingest(dir, page, IngestOptions.defaults());
        assertThat(p.guide().questions()).hasSize(2);
        assertThat(p.guide().questions().get(0).alsoAt()).containsExactly(LineRange.of(5));
        YamlCodec yaml = new YamlCodec();
        assertThat(yaml.write(ingest(dir, page, IngestOptions.defaults()).guide())).isEqualTo(yaml.write(p.guide()));
        assertThat(yaml.readGuide(yaml.write(p.guide()))).isEqualTo(p.guide());
    }
}
