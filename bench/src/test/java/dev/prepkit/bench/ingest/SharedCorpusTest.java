package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.prepkit.model.testing.RepoRoot;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole evaluation on the real corpus, {@code ../shared/corpus} beside the repository (CI has it; a user's
 * clone does not, and then this test is skipped). It checks that the report is produced for every file, never a
 * quality figure: the targets are judged by the benchmark command, not by a unit test.
 */
class SharedCorpusTest {

    /** {@code ${prepkit.root}/../shared/corpus}; without the property, beside the folder that holds content/. */
    private static Path corpus() {
        return RepoRoot.path().resolveSibling("shared").resolve("corpus");
    }

    @Test
    void theEvaluationReportsEveryFileOfTheSharedCorpus() throws Exception {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus), "skipped: no corpus at " + corpus
                + " (../shared/corpus sits beside a CI clone; a user's clone does not have it)");
        List<Truth> truths = IngestEval.readTruth(corpus, corpus.toString());
        Summary summary = IngestEval.evaluate(corpus, truths, new IngestLibrary());
        assertThat(summary.files()).hasSize(20);
        assertThat(summary.truth()).isPositive();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IngestEval.print(summary, corpus.toString(), new PrintStream(out, true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        for (Truth t : truths) {
            assertThat(report).contains(t.file() + " ");
        }
        assertThat(report).contains("overall: precision", "targets: ");
    }
}
