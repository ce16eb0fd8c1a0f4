package dev.prepkit.ingest;

import dev.prepkit.ingest.draft.ParsedGuide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorBatchTest {

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    /** Files of every kind the ingestor reads or refuses, repeated so that several threads take part. */
    private static List<Ingestor.Job> jobs(Path dir) throws IOException {
        Files.writeString(dir.resolve("list.md"), "# Acme backend questions\n\n1. What is a deadlock?\n"
                + "2. How would you design a rate limiter?\n3. Explain consistent hashing.\n");
        Files.writeString(dir.resolve("bank.csv"), "question,difficulty,tags\n\"What is CAP?\",easy,db\n"
                + "\"Design a URL shortener\",hard,\"design, scale\"\n");
        Files.writeString(dir.resolve("plain.txt"), "Acme interview\n\nWhy Acme?\nTell me about a conflict.\n");
        Files.writeString(dir.resolve("qa.md"), "## What is a mutex?\n\nA lock.\n\n## What is a semaphore?\n\nA counter.\n");
        Files.writeString(dir.resolve("empty.txt"), "\n\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {'a', 0, 'b'});
        Files.write(dir.resolve("latin1.txt"), "Caf\u00E9?\n".getBytes(StandardCharsets.ISO_8859_1));
        List<String> names = List.of("list.md", "bank.csv", "plain.txt", "qa.md", "empty.txt", "binary.txt",
                "latin1.txt", "missing.txt");
        List<Ingestor.Job> jobs = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            for (String name : names) {
                jobs.add(new Ingestor.Job(dir.resolve(name), round + "/" + name, "raw/acme/" + round + "-" + name));
            }
        }
        return jobs;
    }

    /** What an outcome says, in values that compare (a ledger compares by its entries). */
    private static List<Object> facts(Ingestor.Outcome o) {
        if (!o.ok()) {
            return List.of(o.path(), o.error());
        }
        ParsedGuide p = o.parsed();
        return List.of(o.path(), p.guide(), p.ledger().entries(), p.findings(), p.lowConfidence(), p.decisions());
    }

    @Test
    void givesTheOutcomesOfOneCallPerFileInTheOrderOfTheJobs(@TempDir Path dir) throws IOException {
        List<Ingestor.Job> jobs = jobs(dir);
        List<List<Object>> oneByOne = new ArrayList<>();
        for (Ingestor.Job j : jobs) {
            oneByOne.add(facts(ingestor.ingest(j.file(), j.displayPath(), j.sourcePath())));
        }

        List<Ingestor.Outcome> all = ingestor.ingestAll(jobs);

        assertThat(all).hasSize(jobs.size());
        assertThat(all.stream().map(IngestorBatchTest::facts).toList()).isEqualTo(oneByOne);
        assertThat(all.stream().filter(Ingestor.Outcome::ok).count()).isEqualTo(4 * 12);
    }

    @Test
    void handsEachOutcomeToTheCallingThreadInOrderWhateverTheNumberOfThreads(@TempDir Path dir) throws IOException {
        List<Ingestor.Job> jobs = jobs(dir);
        for (int threads : new int[] {1, 2, 3, 8}) {
            List<String> paths = new ArrayList<>();
            Thread caller = Thread.currentThread();
            ingestor.ingestAll(jobs, threads, o -> {
                assertThat(Thread.currentThread()).isSameAs(caller);
                paths.add(o.path());
            });
            assertThat(paths).isEqualTo(jobs.stream().map(Ingestor.Job::displayPath).toList());
        }
        assertThat(ingestor.ingestAll(List.of())).isEmpty();
    }

    @Test
    void throwsWhatALoopWouldThrowAtTheSameJob(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Questions\n\n1. What is a deadlock?\n");
        Ingestor forced = new Ingestor(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES,
                IngestOptions.DEFAULT_MAX_LINE_CHARS, StandardCharsets.UTF_8, "no-such-format"));
        List<Ingestor.Job> jobs = List.of(new Ingestor.Job(dir.resolve("gone.md"), "gone.md", "raw/gone.md"),
                new Ingestor.Job(dir.resolve("a.md"), "a.md", "raw/a.md"),
                new Ingestor.Job(dir.resolve("a.md"), "again.md", "raw/again.md"));
        List<String> given = new ArrayList<>();

        assertThatThrownBy(() -> forced.ingestAll(jobs, 2, o -> given.add(o.path())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown format 'no-such-format'");
        assertThat(given).containsExactly("gone.md");
    }

    @Test
    void stopsWithTheExceptionOfTheSink(@TempDir Path dir) throws IOException {
        List<Ingestor.Job> jobs = jobs(dir);
        List<String> given = new ArrayList<>();

        assertThatThrownBy(() -> ingestor.ingestAll(jobs, 2, o -> {
            given.add(o.path());
            if (given.size() == 3) {
                throw new IOException("disk full");
            }
        })).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(given).hasSize(3);
        assertThatThrownBy(() -> ingestor.ingestAll(jobs, 0, o -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
