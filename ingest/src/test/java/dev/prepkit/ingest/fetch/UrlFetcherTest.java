package dev.prepkit.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prepkit.model.testing.LoopbackServer;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fetching pages from a web server on 127.0.0.1: what is taken, what is refused, and what each refusal says. */
class UrlFetcherTest {

    private static final String PAGE = """
            <!doctype html>
            <html><head><title>Google interview</title></head>
            <body><h1>Google Software Engineer Interview</h1>
            <ol><li>Tell me about a time you disagreed with your manager.</li></ol>
            </body></html>
            """;
    private static final Instant NOW = Instant.parse("2026-04-20T09:30:00.750Z");

    private static LoopbackServer server;
    private final UrlFetcher fetcher = new UrlFetcher(Duration.ofSeconds(5), 5_000, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void startServer() {
        byte[] big = new byte[20_000];
        Arrays.fill(big, (byte) 'x');
        server = LoopbackServer.start()
                .page("/blog/google-interview", "text/html; charset=utf-8", PAGE)
                .page("/guide.md", "text/markdown", "# Questions\n\n1. Why Google?\n")
                .page("/latin1.txt", "text/plain; charset=ISO-8859-1", "Caf\u00E9 culture?\n".getBytes(StandardCharsets.ISO_8859_1))
                .page("/not-utf8.txt", "text/plain", "Caf\u00E9?\n".getBytes(StandardCharsets.ISO_8859_1))
                .page("/bom.md", "text/markdown; charset=\"UTF-8\"", "\uFEFF# Title\n")
                .page("/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                .page("/report.pdf", "application/pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))
                .page("/untyped", null, "Why?\n".getBytes(StandardCharsets.UTF_8))
                .page("/blank.txt", "text/plain", "  \n\n")
                .page("/odd-charset.txt", "text/plain; charset=no-such-charset", "Why?\n")
                .status("/missing", 404)
                .status("/broken", 500)
                .redirect("/moved", "/blog/google-interview")
                .redirect("/loop-a", "/loop-b")
                .redirect("/loop-b", "/loop-a")
                .redirect("/to-ftp", "ftp://127.0.0.1/x")
                .page("/big.txt", "text/plain", big)
                .chunkedPage("/big-chunked.txt", "text/plain", big)
                .slowPage("/slow", Duration.ofSeconds(5), "text/plain", "Why?\n");
        for (int i = 0; i < 6; i++) {
            server.redirect("/chain6/" + i, "/chain6/" + (i + 1));
        }
        server.page("/chain6/6", "text/plain", "the end of six redirects\n");
        for (int i = 0; i < 5; i++) {
            server.redirect("/chain5/" + i, "/chain5/" + (i + 1));
        }
        server.page("/chain5/5", "text/plain", "the end of five redirects\n");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private String failure(String path) {
        return failureOf(fetcher, server.url(path));
    }

    private static String failureOf(UrlFetcher f, String url) {
        FetchException e = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class, () -> f.fetch(url));
        assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("Exception");
        return e.getMessage();
    }

    @Test
    void anHtmlPageIsFetchedWithItsTypeTextAndFetchTimeInWholeSeconds() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/blog/google-interview#top"));
        assertThat(page.url()).isEqualTo(URI.create(server.url("/blog/google-interview")));
        assertThat(page.finalUrl()).isEqualTo(page.url());
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(page.extension()).isEqualTo(".html");
        assertThat(page.text()).isEqualTo(PAGE);
        assertThat(page.bytes()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8).length);
        assertThat(page.fetchedText()).isEqualTo("2026-04-20T09:30:00Z");
    }

    @Test
    void everyRequestNamesPrepkitAsItsUserAgent() throws Exception {
        fetcher.fetch(server.url("/guide.md"));
        assertThat(server.userAgents()).isNotEmpty().allSatisfy(ua -> assertThat(ua).startsWith("Prepkit/"));
    }

    @Test
    void aMarkdownPageIsStoredAsMarkdownAndTheHeadersCharsetDecodesTheBody() throws Exception {
        assertThat(fetcher.fetch(server.url("/guide.md")).extension()).isEqualTo(".md");
        assertThat(fetcher.fetch(server.url("/latin1.txt")).text()).isEqualTo("Caf\u00E9 culture?\n");
        assertThat(fetcher.fetch(server.url("/bom.md")).text()).isEqualTo("# Title\n");
    }

    @Test
    void bytesThatAreNotValidInTheCharsetAnUnknownCharsetAndABlankPageAreRefused() {
        assertThat(failure("/not-utf8.txt")).isEqualTo("not valid UTF-8: bad byte sequence at byte offset 3 "
                + "(the server says text/plain)");
        assertThat(failure("/odd-charset.txt")).isEqualTo("unknown charset 'no-such-charset' (the server says "
                + "text/plain; charset=no-such-charset)");
        assertThat(failure("/blank.txt")).isEqualTo("empty page: the server sent no text");
    }

    @Test
    void aMissingPageIsHttp404NotFoundAndAServerErrorIsNamedToo() {
        assertThat(failure("/missing")).isEqualTo("HTTP 404 Not Found");
        assertThat(failure("/broken")).isEqualTo("HTTP 500 Internal Server Error");
    }

    @Test
    void aRedirectIsFollowedAndThePageKeepsTheUrlAskedFor() throws Exception {
        FetchedPage page = fetcher.fetch(server.url("/moved"));
        assertThat(page.url()).isEqualTo(URI.create(server.url("/moved")));
        assertThat(page.finalUrl()).isEqualTo(URI.create(server.url("/blog/google-interview")));
        assertThat(page.text()).isEqualTo(PAGE);
    }

    @Test
    void aRedirectLoopIsNamedWithItsChain() {
        assertThat(failure("/loop-a")).isEqualTo("redirect loop: " + server.url("/loop-a") + " -> "
                + server.url("/loop-b") + " -> " + server.url("/loop-a"));
    }

    @Test
    void fiveRedirectsAreFollowedButASixthIsTooMany() throws Exception {
        assertThat(fetcher.fetch(server.url("/chain5/0")).text()).isEqualTo("the end of five redirects\n");
        assertThat(failure("/chain6/0")).startsWith("too many redirects (more than 5): " + server.url("/chain6/0")
                + " -> ").endsWith(server.url("/chain6/5") + " -> " + server.url("/chain6/6"));
        assertThat(server.requests()).doesNotContain("/chain6/6");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        assertThat(failure("/to-ftp")).isEqualTo("HTTP 302 Found to ftp://127.0.0.1/x, which is not an http or https URL");
    }

    @Test
    void aRedirectFromHttpsToPlainHttpIsNotFollowedAndARelativeLocationIsResolved() throws Exception {
        URI from = URI.create("https://example.com/blog/guide");
        assertThat(UrlFetcher.redirectTarget(from, "../faq#top", 301)).isEqualTo(URI.create("https://example.com/faq"));
        FetchException e = org.junit.jupiter.api.Assertions.assertThrows(FetchException.class,
                () -> UrlFetcher.redirectTarget(from, "http://example.com/guide", 301));
        assertThat(e.getMessage()).isEqualTo("HTTP 301 Moved Permanently from https to plain http "
                + "(http://example.com/guide); not followed");
    }

    @Test
    void anImageOrAPdfOrAnUntypedBodyIsNotText() {
        assertThat(failure("/logo.png")).isEqualTo("not text: the server says image/png");
        assertThat(failure("/report.pdf")).isEqualTo("not text: the server says application/pdf");
        assertThat(failure("/untyped")).isEqualTo("not text: the server says no Content-Type");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedByItsLengthOrWhileItStreams() {
        assertThat(failure("/big.txt")).isEqualTo("over the size limit: the page is 20000 bytes, more than 5000 "
                + "(raise the limit with --max-file-size)");
        assertThat(failure("/big-chunked.txt")).isEqualTo("over the size limit: the page is more than 5000 bytes "
                + "(raise the limit with --max-file-size)");
    }

    @Test
    void aServerSlowerThanTheTimeoutTimesOut() {
        UrlFetcher quick = new UrlFetcher(Duration.ofMillis(300), 5_000);
        long start = System.nanoTime();
        assertThat(failureOf(quick, server.url("/slow"))).isEqualTo("timed out after 0.3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aRefusedConnectionIsOneLine() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            port = s.getLocalPort();
        }
        assertThat(failureOf(fetcher, "http://127.0.0.1:" + port + "/x"))
                .startsWith("cannot connect to 127.0.0.1:" + port + ": ").contains("refused");
    }

    @Test
    void anUnknownHostAndAConnectTimeoutAreNamedWithoutAStackTrace() {
        URI uri = URI.create("https://no-such-host.invalid/guide");
        ConnectException unresolved = new ConnectException();
        unresolved.initCause(new UnresolvedAddressException());
        assertThat(fetcher.describe(unresolved, uri)).isEqualTo("unknown host no-such-host.invalid");
        assertThat(fetcher.describe(new HttpConnectTimeoutException("HTTP connect timed out"), uri))
                .isEqualTo("timed out after 5 s connecting to no-such-host.invalid:443");
    }

    @Test
    void onlyHttpAndHttpsUrlsWithoutCredentialsAreFetched() {
        assertThat(failureOf(fetcher, "ftp://example.com/guide.txt")).isEqualTo("only http and https URLs are fetched");
        assertThat(failureOf(fetcher, "file:///etc/passwd")).isEqualTo("only http and https URLs are fetched");
        assertThat(failureOf(fetcher, "https://user:secret@example.com/")).isEqualTo(
                "a URL with a user name or password is not fetched");
        assertThat(failureOf(fetcher, "https://exa mple.com/")).startsWith("not a valid URL: ");
    }

    @Test
    void anArgumentWithASchemeIsAUrlAndAPathIsNot() {
        assertThat(UrlFetcher.isUrl("https://example.com/x")).isTrue();
        assertThat(UrlFetcher.isUrl("HTTP://example.com")).isTrue();
        assertThat(UrlFetcher.isUrl("ftp://example.com/x")).isTrue();
        assertThat(UrlFetcher.isUrl("content/raw")).isFalse();
        assertThat(UrlFetcher.isUrl("C:\\content\\raw")).isFalse();
        assertThat(UrlFetcher.isUrl("raw/http-notes.txt")).isFalse();
    }
}
