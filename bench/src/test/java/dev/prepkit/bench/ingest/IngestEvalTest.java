package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestEvalTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return IngestEval.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aMissingCorpusFolderExitsTwoSayingWhereTheCorpusIsExpected(@TempDir Path tmp) {
        String missing = tmp.resolve("shared/corpus").toString();
        assertThat(run(missing)).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no corpus at " + missing
                + " (it sits beside a CI clone; a user's clone does not have it)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aCorpusWithoutTruthOrWithBrokenTruthExitsTwo(@TempDir Path tmp) throws Exception {
        assertThat(run(tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no truth.json in " + tmp);
        Files.writeString(tmp.resolve("truth.json"), "{\"not\": \"a list\"}");
        assertThat(run(tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("expected a list of file objects");
    }

    @Test
    void aFileNamedInTheTruthButMissingExitsTwo(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("truth.json"), "[{\"file\": \"01_gone.md\", \"question_lines\": []}]");
        assertThat(run(tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("01_gone.md");
    }

    @Test
    void aSmallCorpusGivesOneRowPerFileTheOverallLinesAndExitZeroWhateverTheFigures(@TempDir Path tmp)
            throws Exception {
        Files.createDirectories(tmp.resolve("files"));
        Files.writeString(tmp.resolve("files/01_list.md"), """
                # Acme interview questions

                ## Coding

                1. Reverse a linked list.
                2. Design an LRU cache.
                3. How would you find the median of a stream of numbers?
                """);
        Files.writeString(tmp.resolve("files/02_none.md"), """
                # About our hiring

                We answer every application within a week. Interviews are held remotely.
                """);
        Files.writeString(tmp.resolve("truth.json"), """
                [{"file": "01_list.md", "questions": 3, "question_lines": [[5, "Reverse a linked list."],
                  [6, "Design an LRU cache."], [7, "How would you find the median of a stream of numbers?"]],
                  "with_difficulty": 0, "difficulty_values": {}, "rounds": ["Coding"]},
                 {"file": "02_none.md", "questions": 0, "question_lines": [], "rounds": []}]
                """);
        assertThat(run(tmp.toString(), "--verbose", "01")).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("2 files, 3 truth questions");
        assertThat(report.lines().filter(l -> l.startsWith("01_list.md ") || l.startsWith("02_none.md "))
                .filter(l -> !l.contains("): missed"))).hasSize(2);
        assertThat(report).contains("questions: precision", "min per-file recall", "rounds: recall",
                "silent empties:", "count error:", "negative-control questions:", "targets: precision >= 0.95");
        assertThat(report).contains("): missed ").contains("false positives:");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void truthRoundsMayBeGivenByNameAsObjectsOrByCountAlone(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("truth.json"), """
                [{"file": "a.md", "question_lines": [[2, "Why?"]], "rounds": [{"name": "Onsite"}, "Phone"]},
                 {"file": "b.md", "question_lines": [], "rounds_count": 3,
                  "with_difficulty": 2, "difficulty_values": {"E": 1, "hard": 1}}]
                """);
        List<Truth> truths = Truth.read(tmp.resolve("truth.json"));
        assertThat(truths.get(0).rounds()).containsExactly("Onsite", "Phone");
        assertThat(truths.get(0).questions()).containsExactly(new Truth.Question(2, "Why?"));
        assertThat(truths.get(1).rounds()).isEmpty();
        assertThat(truths.get(1).roundCount()).isEqualTo(3);
        assertThat(truths.get(1).withDifficulty()).isEqualTo(2);
    }
}
