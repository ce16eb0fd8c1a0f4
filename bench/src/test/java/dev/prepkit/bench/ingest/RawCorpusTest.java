package dev.prepkit.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RawCorpusTest {

    @Test
    void theSameSeedGivesTheSameFilesAndBytes(@TempDir Path tmp) throws Exception {
        RawCorpus.Corpus a = new RawCorpus(7).write(12, 600, tmp.resolve("a"));
        RawCorpus.Corpus b = new RawCorpus(7).write(12, 600, tmp.resolve("b"));
        assertThat(a.bytes()).isEqualTo(b.bytes());
        for (int i = 0; i < a.files().size(); i++) {
            Path fa = a.files().get(i).path();
            Path fb = b.files().get(i).path();
            assertThat(tmp.resolve("a").relativize(fa)).isEqualTo(tmp.resolve("b").relativize(fb));
            assertThat(Files.readAllBytes(fa)).isEqualTo(Files.readAllBytes(fb));
        }
        RawCorpus.Corpus c = new RawCorpus(8).write(12, 600, tmp.resolve("c"));
        assertThat(c.bytes()).isNotEqualTo(a.bytes());
    }

    @Test
    void theFilesHoldExactlyTheQuestionsAskedForFiftyAFileOnAverageInEveryShape(@TempDir Path tmp) throws Exception {
        RawCorpus.Corpus corpus = new RawCorpus(42).write(40, 2000, tmp);
        assertThat(corpus.files()).hasSize(40);
        assertThat(corpus.questions()).isEqualTo(2000);
        assertThat(corpus.files()).allSatisfy(f -> assertThat(f.questions()).isBetween(20, 80));
        assertThat(corpus.files().stream().map(RawCorpus.RawFile::shape).distinct())
                .containsExactlyInAnyOrder(RawCorpus.Shape.values());
        for (RawCorpus.RawFile f : corpus.files()) {
            String text = Files.readString(f.path());
            long items = f.shape() == RawCorpus.Shape.CSV_BANK ? text.lines().count() - 1
                    : text.lines().filter(l -> l.matches("(\\d+[.)] |- |### \\d+\\. ).*")).count();
            assertThat(items).as(f.path().toString()).isEqualTo(f.questions());
        }
    }

    @Test
    void perFileCountsAddUpAndNoFileIsEmpty() {
        int[] counts = RawCorpus.counts(7, 10, new SplittableRandom(1));
        assertThat(Arrays.stream(counts).sum()).isEqualTo(10);
        assertThat(Arrays.stream(counts).min().getAsInt()).isPositive();
    }

    @Test
    void fewerQuestionsThanFilesIsRefused(@TempDir Path tmp) {
        assertThatThrownBy(() -> new RawCorpus(1).write(10, 5, tmp)).isInstanceOf(IllegalArgumentException.class);
    }
}
