package dev.prepkit.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.export.Bank;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-pass rendering: page numbers filled in on close, the page count's width guessed and checked. */
class PageNumbersTest {

    private static final PackOptions OPTIONS = PackOptions.defaults("Netflix Study Pack", "Netflix")
            .withContentDate(LocalDate.of(2026, 11, 22));

    private final FontFiles fonts = new FontFiles();

    @Test
    void aPageCountOfAnotherWidthThanExpectedIsReportedAndTheRetryGivesTheSamePackAsAnExactGuess() {
        Bank bank = TestBanks.synthetic(2, 3, 2, 6);
        PackPlan plan = PackPlan.of(bank);
        PackRenderer.Pass exact = new PackRenderer(fonts).render(bank, OPTIONS, plan,
                OutputStream.nullOutputStream(), 0);
        assertThat(exact.total()).isBetween(10, 99);
        assertThat(exact.totalFits()).as("the estimate has the right number of digits").isTrue();

        ByteArrayOutputStream narrow = new ByteArrayOutputStream();
        PackRenderer.Pass tooNarrow = new PackRenderer(fonts).render(bank, OPTIONS, plan, narrow, 7);
        assertThat(tooNarrow.totalFits()).isFalse();
        assertThat(tooNarrow.total()).isEqualTo(exact.total());
        assertThat(tooNarrow.pages()).isEqualTo(exact.pages());
        assertThat(new PackRenderer(fonts).render(bank, OPTIONS, plan, OutputStream.nullOutputStream(), 100)
                .totalFits()).isFalse();

        ByteArrayOutputStream known = new ByteArrayOutputStream();
        assertThat(new PackRenderer(fonts).render(bank, OPTIONS, plan, known, exact.total()).totalFits()).isTrue();
        assertThat(new StudyPackWriter().render(bank, OPTIONS)).isEqualTo(known.toByteArray());
        try (PackReader pack = new PackReader(known.toByteArray())) {
            assertThat(pack.page(pack.pages())).contains("Page " + pack.pages() + " of " + pack.pages());
        }
    }

    @Test
    void theEstimateIsCloseEnoughToRenderLargePacksOnce() {
        for (Bank bank : new Bank[] {TestBanks.synthetic(4, 3, 3, 8), TestBanks.synthetic(1, 2, 2, 30)}) {
            for (PackOptions o : new PackOptions[] {OPTIONS, OPTIONS.withEdition(Edition.COACH),
                OPTIONS.withAnswerLines(0), OPTIONS.withPaper(Paper.LETTER)}) {
                PackPlan plan = PackPlan.of(bank);
                com.lowagie.text.Document doc = Layout.document(o.paper());
                int estimate = PageEstimate.of(plan, new Styles(fonts), o, doc.right() - doc.left(),
                        doc.top() - doc.bottom());
                int actual = new PackRenderer(fonts).render(bank, o, plan, OutputStream.nullOutputStream(), 0)
                        .total();
                assertThat((double) estimate).as("estimate for %s", o).isBetween(actual * 0.85, actual * 1.15);
            }
        }
    }

    @Test
    void writeStreamsThePackAndGivesTheBytesOfRender(@TempDir Path dir) throws IOException {
        Bank bank = TestBanks.synthetic(2, 3, 2, 6);
        AtomicLong written = new AtomicLong();
        PackPlan plan = PackPlan.of(bank);
        PackRenderer.Pass pass = new PackRenderer(fonts).render(bank, OPTIONS, plan, new OutputStream() {
            @Override
            public void write(int b) {
                written.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written.addAndGet(len);
            }
        }, 0);
        assertThat(pass.totalFits()).isTrue();
        Path target = dir.resolve("pack.pdf");
        PackResult result = new StudyPackWriter().write(bank, OPTIONS, target);
        assertThat(Files.size(target)).isEqualTo(written.get());
        assertThat(Files.readAllBytes(target)).isEqualTo(new StudyPackWriter().render(bank, OPTIONS));
        assertThat(result.pages()).isEqualTo(pass.total());
    }
}
