package dev.prepkit.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorBadInputTest {

    private final Ingestor ingestor = new Ingestor(IngestOptions.defaults());

    private Ingestor.Outcome ingest(Path f) {
        return ingestor.ingest(f, f.getFileName().toString(), "raw/acme/" + f.getFileName());
    }

    @Test
    void anEmptyFileIsOneClearErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("empty.txt"), "  \n\n");
        Ingestor.Outcome o = ingest(f);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().location().path()).isEqualTo("empty.txt");
        assertThat(o.error().message()).contains("empty file");
    }

    @Test
    void aBinaryFileIsRefusedAtTheNulByte(@TempDir Path tmp) throws Exception {
        Path f = Files.write(tmp.resolve("image.txt"), new byte[] {'G', 'I', 'F', 0, 1, 2});
        assertThat(ingest(f).error().message()).contains("binary file").contains("offset 3");
    }

    @Test
    void textThatIsNotUtf8IsRefusedAtItsByteOffsetAndReadsWithAnotherCharset(@TempDir Path tmp) throws Exception {
        Path f = Files.write(tmp.resolve("latin1.txt"), "Caf\u00E9 questions?\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ingest(f).error().message()).contains("not valid UTF-8").contains("byte offset 3").contains("--charset");
        Ingestor latin = new Ingestor(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES,
                IngestOptions.DEFAULT_MAX_LINE_CHARS, Charset.forName("ISO-8859-1"), null));
        assertThat(latin.ingest(f, "latin1.txt", "raw/acme/latin1.txt").ok()).isTrue();
    }

    @Test
    void aFileOverTheSizeLimitOrWithAnOverlongLineIsRefused(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("big.txt"), "x".repeat(200) + "\nshort\n");
        Ingestor small = new Ingestor(new IngestOptions(100, 50, StandardCharsets.UTF_8, null));
        assertThat(small.ingest(f, "big.txt", "raw/big.txt").error().message()).contains("over the limit of 100");
        Ingestor narrow = new Ingestor(new IngestOptions(1000, 50, StandardCharsets.UTF_8, null));
        Ingestor.Outcome o = narrow.ingest(f, "big.txt", "raw/big.txt");
        assertThat(o.error().location().line()).isEqualTo(1);
        assertThat(o.error().message()).contains("line 1 is 200 characters");
    }

    @Test
    void aMissingFileIsAnErrorNotAnException(@TempDir Path tmp) {
        assertThat(ingest(tmp.resolve("gone.txt")).error().message()).contains("no such file");
    }

    @Test
    void aJsonFileThatIsNotABankIsOneErrorNamingItAndWhatABankLooksLike(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("config.json"), "{\"name\": \"app\", \"version\": 3}\n");
        Ingestor.Outcome o = ingest(f);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().location().path()).isEqualTo("config.json");
        assertThat(o.error().message()).contains("not a question bank");
    }

    @Test
    void invalidJsonNamesItsLine(@TempDir Path tmp) throws Exception {
        Path f = Files.writeString(tmp.resolve("bank.json"), "[\n  {\"question\": \"What is a heap?\"},\n  {\"question\": }\n]\n");
        Ingestor.Outcome o = ingest(f);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().location().line()).isEqualTo(3);
        assertThat(o.error().message()).contains("not valid JSON").contains("line 3");
    }

    @Test
    void anHtmlPageWithNoTextIsOneErrorAndTenThousandNestedElementsStillRead(@TempDir Path tmp) throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.html"),
                "<!DOCTYPE html>\n<html><head><script>var a = 1;</script></head>\n<body><img src=\"a.png\"></body></html>\n");
        Ingestor.Outcome o = ingest(empty);
        assertThat(o.ok()).isFalse();
        assertThat(o.error().message()).contains("the HTML page has no text");
        Path deep = Files.writeString(tmp.resolve("deep.html"), "<!DOCTYPE html>\n<html><body>\n"
                + "<div>\n".repeat(10_000) + "<h2>Git</h2><ul><li>What is a rebase?</li></ul>\n" + "</div>\n".repeat(10_000)
                + "\n</body></html>\n");
        Ingestor.Outcome read = ingest(deep);
        assertThat(read.ok()).as(String.valueOf(read.error())).isTrue();
        assertThat(read.parsed().guide().questions()).extracting(q -> q.text()).containsExactly("What is a rebase?");
    }
}
