package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestSpeedTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return IngestSpeed.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void aRunIngestsEveryFileWritesOneGuideEachAndFindsTheQuestions(@TempDir Path tmp) throws Exception {
        RawCorpus.Corpus corpus = new RawCorpus(3).write(8, 240, tmp.resolve("raw"));
        IngestSpeed.Run run = IngestSpeed.time(corpus, tmp.resolve("guides"), 2);
        assertThat(run.files()).isEqualTo(8);
        assertThat(run.guides()).isEqualTo(8);
        assertThat(run.unreadable()).isZero();
        // the timing figure is only meaningful if ingest finds (nearly) all generated questions
        assertThat(run.questions()).isBetween(230L, 240L);
        try (Stream<Path> s = Files.list(tmp.resolve("guides"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".yaml")).count()).isEqualTo(8);
        }
    }

    @Test
    void theCommandPrintsEachRunTheMedianAndTheCliCommandAndKeepsTheFolderWhenAsked(@TempDir Path tmp)
            throws Exception {
        Path keep = tmp.resolve("kept");
        assertThat(run("--files", "6", "--questions", "120", "--runs", "2", "--threads", "1", "--keep",
                keep.toString())).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("| 1 |", "| 2 |", "median of 2:",
                "time ./prepkit ingest " + keep.resolve("raw") + " --out " + keep.resolve("guides-cli"));
        assertThat(keep.resolve("raw")).isDirectory();
        assertThat(keep.resolve("guides-run2")).isDirectory();
        assertThat(keep.resolve("guides-run1")).doesNotExist();
    }

    @Test
    void withoutKeepNothingIsLeftBehind() throws Exception {
        assertThat(run("--files", "2", "--questions", "20", "--runs", "1")).isZero();
        String report = out.toString(StandardCharsets.UTF_8);
        String folder = report.substring(report.indexOf(" into ") + 6, report.indexOf("/raw in "));
        assertThat(Path.of(folder)).doesNotExist();
        assertThat(report).contains("time ./prepkit ingest DIR --out OUT");
    }

    @Test
    void badArgumentsExitTwoWithTheUsage(@TempDir Path tmp) throws Exception {
        assertThat(run("--files")).isEqualTo(2);
        assertThat(run("--runs", "x")).isEqualTo(2);
        assertThat(run("--bogus", "1")).isEqualTo(2);
        assertThat(run("--files", "10", "--questions", "5")).isEqualTo(2);
        Files.writeString(tmp.resolve("busy.txt"), "x");
        assertThat(run("--keep", tmp.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "is not empty");
    }
}
