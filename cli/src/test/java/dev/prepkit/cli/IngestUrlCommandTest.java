package dev.prepkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.prepkit.model.testing.LoopbackServer;
import dev.prepkit.model.testing.RepoRoot;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code prepkit ingest URL}, end to end, against a web server on 127.0.0.1. */
class IngestUrlCommandTest {

    private static final String HTML = """
            <!doctype html>
            <html>
            <head><title>Google Software Engineer Interview Questions</title></head>
            <body>
            <h1>Google Software Engineer Interview Questions</h1>
            <ol>
            <li>Tell me about a time you disagreed with your manager.</li>
            <li>How would you design a URL shortener?</li>
            </ol>
            </body>
            </html>
            """;
    private static final String MARKDOWN = """
            # Google Software Engineer Interview Questions

            ## Behavioral Questions
            1. Tell me about a time you disagreed with your manager.
            2. Why do you want to work at Google?

            ## System Design Questions
            - How would you design a URL shortener?
            """;

    private static LoopbackServer server;

    @BeforeAll
    static void startServer() {
        byte[] big = new byte[8_000];
        Arrays.fill(big, (byte) 'x');
        server = LoopbackServer.start()
                .page("/blog/google-interview", "text/html; charset=utf-8", HTML)
                .page("/guides/google.md", "text/markdown", MARKDOWN)
                .status("/missing", 404)
                .redirect("/loop-a", "/loop-b")
                .redirect("/loop-b", "/loop-a")
                .page("/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})
                .chunkedPage("/big.txt", "text/plain", big)
                .slowPage("/slow", Duration.ofSeconds(5), "text/plain", "Why?\n");
        for (int i = 0; i < 6; i++) {
            server.redirect("/chain/" + i, "/chain/" + (i + 1));
        }
        server.page("/chain/6", "text/plain", "Why six redirects?\n");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static String host() {
        return "127-0-0-1-" + server.port();
    }

    private static List<String> filesUnder(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void aFetchedPageIsStoredUnderRawIngestedAndKeepsItsUrlWhenIngestedAgainFromDisk(@TempDir Path tmp) throws Exception {
        String url = server.url("/blog/google-interview");
        Cli r = Cli.run("ingest", url, "--content", tmp.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        Path raw = tmp.resolve("raw/" + host() + "/blog-google-interview.html");
        assertThat(r.out()).contains("  fetched " + url + " -> " + ContentLayout.display(raw) + " (text/html, "
                + HTML.length() + " bytes)");
        assertThat(raw).hasContent(HTML);
        assertThat(filesUnder(tmp.resolve("raw"))).containsExactly(host() + "/.blog-google-interview.html.source.yaml",
                host() + "/blog-google-interview.html");

        Path guide = tmp.resolve("guides/" + host() + "-blog-google-interview.yaml");
        String yaml = Files.readString(guide);
        assertThat(yaml).contains("  path: raw/" + host() + "/blog-google-interview.html\n")
                .contains("  url: " + url + "\n")
                .containsPattern("\n  fetched: \"?20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"?\n");

        int requests = server.requests().size();
        Cli again = Cli.run("ingest", tmp.resolve("raw").toString(), "--content", tmp.toString());
        assertThat(again.exit()).as(again.out()).isZero();
        assertThat(again.out()).contains(host() + "-blog-google-interview").contains("| unchanged")
                .doesNotContain("fetched");
        assertThat(guide).hasContent(yaml);
        assertThat(server.requests()).hasSize(requests);
    }

    @Test
    void aFetchedGuidePassesTheSchema(@TempDir Path tmp) throws Exception {
        Files.copy(RepoRoot.content().resolve("taxonomy.yaml"), tmp.resolve("taxonomy.yaml"));
        assertThat(Cli.run("ingest", server.url("/guides/google.md"), "--content", tmp.toString()).exit()).isZero();
        assertThat(Files.readString(tmp.resolve("guides/" + host() + "-guides-google.yaml")))
                .contains("  format: markdown\n").contains("  url: " + server.url("/guides/google.md") + "\n");
        Cli validate = Cli.run("validate", "--content", tmp.toString());
        assertThat(validate.out()).contains("1 guide, 3 questions").doesNotContain("[schema]").doesNotContain("[yaml-syntax]");
    }

    @Test
    void urlsAndSavedFilesMixAndEachBadUrlIsOneErrorLineNamingIt(@TempDir Path tmp) throws Exception {
        Path saved = Files.createDirectories(tmp.resolve("raw/acme")).resolve("chief-architect.txt");
        Files.copy(RepoRoot.rawNetflix().resolve("chief-architect.txt"), saved);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
            closedPort = s.getLocalPort();
        }
        String refused = "http://127.0.0.1:" + closedPort + "/guide";
        Cli r = Cli.run("ingest", server.url("/guides/google.md"), server.url("/missing"), saved.toString(),
                server.url("/loop-a"), server.url("/chain/0"), server.url("/logo.png"), server.url("/big.txt"),
                server.url("/slow"), refused, "ftp://127.0.0.1/guide.txt",
                "--content", tmp.toString(), "--timeout", "1", "--max-file-size", "5000");

        assertThat(r.exit()).as(r.out()).isEqualTo(2);
        assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out().lines().filter(l -> l.contains(": error: ")).toList()).containsExactly(
                server.url("/missing") + ": error: HTTP 404 Not Found",
                server.url("/loop-a") + ": error: redirect loop: " + server.url("/loop-a") + " -> "
                        + server.url("/loop-b") + " -> " + server.url("/loop-a"),
                server.url("/chain/0") + ": error: too many redirects (more than 5): " + server.url("/chain/0")
                        + " -> " + server.url("/chain/1") + " -> " + server.url("/chain/2") + " -> "
                        + server.url("/chain/3") + " -> " + server.url("/chain/4") + " -> " + server.url("/chain/5")
                        + " -> " + server.url("/chain/6"),
                server.url("/logo.png") + ": error: not text: the server says image/png",
                server.url("/big.txt") + ": error: over the size limit: the page is more than 5000 bytes (raise the "
                        + "limit with --max-file-size)",
                server.url("/slow") + ": error: timed out after 1 s",
                refused + ": error: cannot connect to 127.0.0.1:" + closedPort + ": the connection was refused or closed",
                "ftp://127.0.0.1/guide.txt: error: only http and https URLs are fetched");
        assertThat(r.out()).contains("acme-chief-architect").contains(host() + "-guides-google")
                .endsWith("2 guides, 12 questions; 2 files written; some input could not be read\n");
        assertThat(filesUnder(tmp.resolve("raw"))).containsExactlyInAnyOrder(host() + "/.guides-google.md.source.yaml",
                host() + "/guides-google.md", "acme/chief-architect.txt");
        assertThat(filesUnder(tmp.resolve("guides"))).containsExactlyInAnyOrder("acme-chief-architect.yaml",
                host() + "-guides-google.yaml");
    }

    @Test
    void aDryRunFetchesAndShowsTheGuideButStoresAndWritesNothing(@TempDir Path tmp) throws Exception {
        Cli r = Cli.run("ingest", server.url("/guides/google.md"), "--content", tmp.toString(), "--dry-run");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).contains("(text/markdown, " + MARKDOWN.length() + " bytes; dry run: not stored)")
                .contains(host() + "-guides-google").contains("| would write").contains("nothing written");
        assertThat(filesUnder(tmp)).isEmpty();
    }

    @Test
    void withoutAUrlNothingIsFetchedAndABadTimeoutIsAUsageError(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("raw/acme"));
        Files.copy(RepoRoot.rawNetflix().resolve("chief-architect.txt"), tmp.resolve("raw/acme/chief-architect.txt"));
        int requests = server.requests().size();
        assertThat(Cli.run("ingest", "--content", tmp.toString()).exit()).isZero();
        assertThat(server.requests()).hasSize(requests);
        Cli zero = Cli.run("ingest", server.url("/guides/google.md"), "--content", tmp.toString(), "--timeout", "0");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.err()).contains("--timeout must be at least 1");
        assertThat(server.requests()).hasSize(requests);
    }
}
