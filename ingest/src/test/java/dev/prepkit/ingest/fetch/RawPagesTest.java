package dev.prepkit.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.ingest.IngestOptions;
import dev.prepkit.ingest.Ingestor;
import dev.prepkit.model.Source;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where fetched pages go in the raw tree, their sidecar, and how ingest reads them back from disk. */
class RawPagesTest {

    private static final String MARKDOWN = """
            # Google Software Engineer Interview Questions

            ## Behavioral Questions
            1. Tell me about a time you disagreed with your manager.
            2. Why do you want to work at Google?
            """;

    private static FetchedPage page(String url, String mediaType, String text) {
        return new FetchedPage(URI.create(url), URI.create(url), Instant.parse("2026-04-20T09:30:00Z"), mediaType,
                mediaType + "; charset=utf-8", text, text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String place(String url, String ext) {
        return RawPages.relativePath(URI.create(url), ext);
    }

    @Test
    void aPageGoesUnderItsHostWithItsPathAsOneSlug() {
        assertThat(place("https://example.com/blog/google-interview", ".html")).isEqualTo("example-com/blog-google-interview.html");
        assertThat(place("https://example.com/", ".html")).isEqualTo("example-com/index.html");
        assertThat(place("https://example.com", ".md")).isEqualTo("example-com/index.md");
        assertThat(place("https://www.example.com/guides/Netflix_SWE/", ".md")).isEqualTo("www-example-com/guides-netflix-swe.md");
    }

    @Test
    void aPortOtherThanTheDefaultIsPartOfTheHostFolder() {
        assertThat(place("http://127.0.0.1:8080/blog/google-interview", ".html")).isEqualTo("127-0-0-1-8080/blog-google-interview.html");
        assertThat(place("https://example.com:443/a", ".txt")).isEqualTo("example-com/a.txt");
        assertThat(place("http://example.com:80/a", ".txt")).isEqualTo("example-com/a.txt");
    }

    @Test
    void theQueryIsPartOfTheSlugAndAnExtensionInThePathIsNotRepeated() {
        assertThat(place("https://example.com/guide?page=2", ".html")).isEqualTo("example-com/guide-page-2.html");
        assertThat(place("https://example.com/faq.html", ".html")).isEqualTo("example-com/faq.html");
        assertThat(place("https://example.com/bank.csv", ".csv")).isEqualTo("example-com/bank.csv");
        assertThat(place("https://example.com/v1.2/notes", ".txt")).isEqualTo("example-com/v1-2-notes.txt");
    }

    @Test
    void aVeryLongPathIsCutAndKeptDistinctByAHash() {
        String a = place("https://example.com/" + "very-long-segment/".repeat(10) + "a", ".html");
        String b = place("https://example.com/" + "very-long-segment/".repeat(10) + "b", ".html");
        String slug = a.substring("example-com/".length(), a.length() - ".html".length());
        assertThat(slug).hasSizeLessThanOrEqualTo(RawPages.MAX_SLUG).matches("[a-z0-9-]+-[0-9a-f]{8}");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void storingWritesTheTextAsUtf8AndAHiddenSidecarThatIngestSkipsAsARawGuide(@TempDir Path tmp) throws Exception {
        Path raw = tmp.resolve("raw");
        Path file = RawPages.store(page("https://example.com/blog/google-interview", "text/markdown", MARKDOWN), raw);
        assertThat(file).isEqualTo(raw.resolve("example-com/blog-google-interview.md"));
        assertThat(Files.readString(file)).isEqualTo(MARKDOWN);
        Path sidecar = raw.resolve("example-com/.blog-google-interview.md.source.yaml");
        assertThat(SourceSidecar.pathFor(file)).isEqualTo(sidecar);
        assertThat(Files.readString(sidecar)).startsWith("# prepkit ingest fetched blog-google-interview.md from the web")
                .contains("url: https://example.com/blog/google-interview\n")
                .contains("fetched: 2026-04-20T09:30:00Z\n")
                .contains("contentType: text/markdown; charset=utf-8\n")
                .doesNotContain("redirectedTo");
        assertThat(Ingestor.rawFiles(List.of(raw))).containsExactly(file);
        assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly(".blog-google-interview.md.source.yaml", "blog-google-interview.md");
    }

    @Test
    void fetchingTheSameUrlAgainReplacesTheSameFile(@TempDir Path tmp) throws Exception {
        Path raw = tmp.resolve("raw");
        Path first = RawPages.store(page("https://example.com/q", "text/plain", "Why?\n"), raw);
        FetchedPage later = new FetchedPage(URI.create("https://example.com/q"), URI.create("https://example.com/q2"),
                Instant.parse("2026-05-01T00:00:00Z"), "text/plain", "text/plain", "Why now?\n", 9);
        Path second = RawPages.store(later, raw);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second)).isEqualTo("Why now?\n");
        assertThat(SourceSidecar.read(second)).contains(new SourceSidecar("https://example.com/q",
                "2026-05-01T00:00:00Z", "text/plain", "https://example.com/q2"));
        try (var files = Files.walk(raw)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(2);
        }
    }

    @Test
    void ingestingAStoredPageFromDiskRecordsItsUrlAndFetchTimeInTheSource(@TempDir Path tmp) throws Exception {
        Path file = RawPages.store(page("https://example.com/blog/google-interview", "text/markdown", MARKDOWN),
                tmp.resolve("raw"));
        Ingestor.Outcome o = new Ingestor(IngestOptions.defaults()).ingest(file, "raw/example-com/blog-google-interview.md",
                "raw/example-com/blog-google-interview.md");
        assertThat(o.ok()).as(String.valueOf(o.error())).isTrue();
        Source source = o.parsed().guide().source();
        assertThat(source.path()).isEqualTo("raw/example-com/blog-google-interview.md");
        assertThat(source.url()).isEqualTo("https://example.com/blog/google-interview");
        assertThat(source.fetched()).isEqualTo("2026-04-20T09:30:00Z");
        assertThat(o.parsed().guide().id()).isEqualTo("example-com-blog-google-interview");
        assertThat(o.parsed().guide().questions()).hasSize(2);
    }

    @Test
    void aStoredPageIsReadAsUtf8WhateverCharsetTheRestOfTheRunUses(@TempDir Path tmp) throws Exception {
        Path file = RawPages.store(page("https://example.com/cafe", "text/plain", "Caf\u00E9 culture: why here?\n"),
                tmp.resolve("raw"));
        Ingestor latin1 = new Ingestor(new IngestOptions(IngestOptions.DEFAULT_MAX_FILE_BYTES,
                IngestOptions.DEFAULT_MAX_LINE_CHARS, StandardCharsets.ISO_8859_1, null));
        Ingestor.Outcome o = latin1.ingest(file, "cafe.txt", "raw/example-com/cafe.txt");
        assertThat(o.ok()).isTrue();
        assertThat(o.parsed().guide().title() + o.parsed().guide().questions()).contains("Caf\u00E9");
    }

    @Test
    void aFileWithoutSidecarHasNoUrlAndABrokenSidecarIsOneErrorNamingIt(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(Files.createDirectories(tmp.resolve("raw/acme")).resolve("q.txt"), "Why Acme?\n");
        Ingestor ingestor = new Ingestor(IngestOptions.defaults());
        assertThat(ingestor.ingest(file, "raw/acme/q.txt", "raw/acme/q.txt").parsed().guide().source().url()).isNull();
        Files.writeString(SourceSidecar.pathFor(file), "url: [not, a, url]\n");
        Ingestor.Outcome o = ingestor.ingest(file, "raw/acme/q.txt", "raw/acme/q.txt");
        assertThat(o.ok()).isFalse();
        assertThat(o.error().message()).startsWith("its source file .q.txt.source.yaml cannot be read (")
                .endsWith("); delete it or fetch the page again").doesNotContain("\n");
    }
}
