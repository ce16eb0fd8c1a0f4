package dev.prepkit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.Difficulty;
import dev.prepkit.model.Guide;
import dev.prepkit.model.Question;
import dev.prepkit.model.QuestionStatus;
import dev.prepkit.model.yaml.YamlCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingest of an edited raw file keeps the curator's work. */
class GuideMergerTest {

    private static final String RAW = """
            Acme
            Backend Engineer

            Coding Round
            This round checks how you write and test code under time pressure, with a focus on clarity.
            How would you design a rate limiter for an API?
            Explain how a hash map handles collisions.
            Describe a bug you were proud to fix.
            All interviews are private and won't be shared with the recruiters.
            Design Round
            This round checks how you design systems that scale, with a focus on the trade-offs you choose.
            Design a URL shortener for a billion links.
            All interviews are private and won't be shared with the recruiters.
            """;

    private static Guide ingest(Path dir, String text) throws Exception {
        Path f = dir.resolve("backend.txt");
        Files.writeString(f, text);
        return new Ingestor(IngestOptions.defaults()).ingest(f, "backend.txt", "raw/acme/backend.txt").parsed().guide();
    }

    private static Guide curate(Guide g) {
        return g.withQuestions(g.questions().stream().map(q -> new Question(q.id(), q.text(), q.role(), "Curated",
                q.round(), Difficulty.HARD, List.of("Curated Tag"), "a note", null, List.of(), q.lines())).toList());
    }

    @Test
    void rewordedQuestionsKeepTheirIdAddedOnesAreAddedAndVanishedOnesAreMarkedNotDeleted(@TempDir Path tmp) throws Exception {
        Guide curated = curate(ingest(tmp, RAW));
        String edited = RAW.replace("How would you design a rate limiter for an API?", "how would you design a rate-limiter, for an API")
                .replace("Explain how a hash map handles collisions.\n", "")
                .replace("Design a URL shortener for a billion links.", "Design a URL shortener for a billion links.\nDesign a news feed for a social app.");
        Guide fresh = ingest(tmp, edited);
        GuideMerger.Result r = new GuideMerger().merge(curated, fresh, "guides/acme-backend.yaml");
        Guide merged = r.guide();

        assertThat(merged.questions()).hasSize(5);
        Question reworded = merged.questions().get(0);
        assertThat(reworded.id()).isEqualTo(curated.questions().get(0).id());
        assertThat(reworded.difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(reworded.tags()).containsExactly("Curated Tag");
        assertThat(reworded.notes()).isEqualTo("a note");
        assertThat(reworded.category()).isEqualTo("Curated");
        Question removed = merged.questions().stream().filter(q -> q.text().startsWith("Explain how a hash map")).findFirst().orElseThrow();
        assertThat(removed.status()).isEqualTo(QuestionStatus.REMOVED_FROM_SOURCE);
        assertThat(removed.difficulty()).isEqualTo(Difficulty.HARD);
        Question added = merged.questions().stream().filter(q -> q.text().startsWith("Design a news feed")).findFirst().orElseThrow();
        assertThat(added.difficulty()).isNull();
        assertThat(r.changes()).hasSize(2).anyMatch(c -> c.startsWith("+ ")).anyMatch(c -> c.startsWith("- "));

        GuideMerger.Result again = new GuideMerger().merge(merged, fresh, "guides/acme-backend.yaml");
        assertThat(again.changes()).isEmpty();
        YamlCodec yaml = new YamlCodec();
        assertThat(yaml.write(again.guide())).isEqualTo(yaml.write(merged));
    }

    @Test
    void aRawDifficultyThatDisagreesWithTheCuratedOneKeepsTheCuratedValueAndReportsIt() {
        Question curated = new Question("q-0000000001", "Design X?", null, null, null, Difficulty.HARD, List.of(), null,
                null, null, dev.prepkit.model.LineRange.of(3));
        Question raw = curated.withDifficulty(Difficulty.MEDIUM);
        Guide c = new Guide(null, "g", "Acme", null, null, null, null, null, List.of(curated), null);
        Guide f = c.withQuestions(List.of(raw));
        GuideMerger.Result r = new GuideMerger().merge(c, f, "guides/g.yaml");
        assertThat(r.guide().questions().get(0).difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(r.findings()).singleElement().satisfies(fi -> {
            assertThat(fi.ruleId()).isEqualTo("curated-conflict");
            assertThat(fi.message()).contains("medium").contains("hard");
        });
    }

    @Test
    void ingestingUnchangedRawTextTwiceGivesByteIdenticalYaml(@TempDir Path tmp) throws Exception {
        YamlCodec yaml = new YamlCodec();
        assertThat(yaml.write(ingest(tmp, RAW))).isEqualTo(yaml.write(ingest(tmp, RAW)));
    }

    @Test
    void aKeptDifficultyLabelStaysCuratedAndRepeatsFollowTheRawFile(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("bank.md");
        Files.writeString(f, "## Git\n\n1. What is a rebase? (Difficulty: Tricky)\n2. What is a merge?\n");
        Guide first = new Ingestor(IngestOptions.defaults()).ingest(f, "bank.md", "raw/acme/bank.md").parsed().guide();
        assertThat(first.questions().get(0).difficultyLabel()).isEqualTo("Tricky");
        Files.writeString(f, "## Git\n\n1. What is a rebase? (Difficulty: Spicy)\n2. What is a merge?\n"
                + "3. What is a rebase?\n");
        Guide fresh = new Ingestor(IngestOptions.defaults()).ingest(f, "bank.md", "raw/acme/bank.md").parsed().guide();
        Guide merged = new GuideMerger().merge(first, fresh, "guides/acme-bank.yaml").guide();
        Question q = merged.questions().get(0);
        assertThat(q.difficultyLabel()).isEqualTo("Tricky");
        assertThat(q.alsoAt()).containsExactly(dev.prepkit.model.LineRange.of(5));
    }
}
