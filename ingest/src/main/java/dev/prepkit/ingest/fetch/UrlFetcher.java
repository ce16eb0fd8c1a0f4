package dev.prepkit.ingest.fetch;

import dev.prepkit.model.io.StrictText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;

/**
 * Fetches one web page for ingest, with {@link java.net.http.HttpClient} and nothing else.
 *
 * <ul>
 *   <li>Only {@code http} and {@code https} URLs, without a user name or password; a fragment is dropped.</li>
 *   <li>Each request (the first and each redirect) has the timeout for connecting, for the response headers and
 *       for the whole body.</li>
 *   <li>Redirects (301, 302, 303, 307, 308) are followed by this class, not by the client, at most
 *       {@value #MAX_REDIRECTS} of them; a redirect back to a URL already visited is a loop and is named with the
 *       chain ({@code redirect loop: A -> B -> A}); a redirect from https to plain http is refused.</li>
 *   <li>Only a 2xx response with a text content type ({@code text/html}, {@code application/xhtml+xml},
 *       {@code text/markdown}, {@code text/x-markdown}, {@code text/mdx}, {@code text/plain}, {@code text/csv},
 *       {@code text/tab-separated-values}, {@code application/json}) is read; the body of any other response is
 *       never downloaded.</li>
 *   <li>The body is read while it streams in and given up as soon as it passes the size limit (a
 *       {@code Content-Length} over the limit is refused before reading); memory never holds more than the
 *       limit.</li>
 *   <li>The body is decoded with the {@code charset} of the {@code Content-Type} header, UTF-8 when it names
 *       none, strictly: bytes that are not valid in it are an error, never replaced.</li>
 *   <li>Requests say {@value #USER_AGENT} as their {@code User-Agent}.</li>
 * </ul>
 *
 * Every failure is a {@link FetchException} with one line for the curator. Thread-safe; one instance shares one
 * client (and its connections) between calls.
 */
public final class UrlFetcher {

    /** How long a request may take by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);
    /** The most redirects followed for one URL. */
    public static final int MAX_REDIRECTS = 5;
    /** The {@code User-Agent} of every request. */
    public static final String USER_AGENT = "Prepkit/0.1 (interview-prep question bank; +https://prepkit.dev)";

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(300, "Multiple Choices"), Map.entry(301, "Moved Permanently"), Map.entry(302, "Found"),
            Map.entry(303, "See Other"), Map.entry(304, "Not Modified"), Map.entry(307, "Temporary Redirect"),
            Map.entry(308, "Permanent Redirect"), Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"),
            Map.entry(402, "Payment Required"), Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(410, "Gone"), Map.entry(429, "Too Many Requests"),
            Map.entry(451, "Unavailable For Legal Reasons"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"));

    private final Duration timeout;
    private final long maxBytes;
    private final Clock clock;
    private final HttpClient client;

    /**
     * A fetcher.
     *
     * @param timeout how long connecting, waiting for the response and reading its body may take, per request;
     *     positive
     * @param maxBytes the largest body read, in bytes (ingest's {@code --max-file-size}); positive
     */
    public UrlFetcher(Duration timeout, long maxBytes) {
        this(timeout, maxBytes, Clock.systemUTC());
    }

    UrlFetcher(Duration timeout, long maxBytes, Clock clock) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive: " + timeout);
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the size limit must be positive: " + maxBytes);
        }
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Whether a command-line argument is meant as a URL rather than a path: it starts with a scheme and
     * {@code ://} ({@code https://…}, but also {@code ftp://…}, which {@link #fetch} then refuses).
     */
    public static boolean isUrl(String argument) {
        return SCHEME.matcher(argument).matches();
    }

    /**
     * Fetches a page.
     *
     * @param address an http or https URL
     * @return the page, decoded; never null
     * @throws FetchException when the URL is not one that is fetched, or the page cannot be fetched or is not
     *     text; its message is one line for the curator and does not repeat the URL
     */
    public FetchedPage fetch(String address) throws FetchException {
        URI first = parse(address);
        List<URI> chain = new ArrayList<>(List.of(first));
        URI current = first;
        while (true) {
            Exchange ex = exchange(current);
            int status = ex.status();
            if (isRedirect(status)) {
                String location = ex.headers().firstValue("location").orElseThrow(() -> new FetchException(
                        statusLine(status) + " without a Location header to follow"));
                URI next = redirectTarget(current, location, status);
                if (chain.contains(next)) {
                    chain.add(next);
                    throw new FetchException("redirect loop: " + arrows(chain));
                }
                if (chain.size() > MAX_REDIRECTS) {
                    throw new FetchException("too many redirects (more than " + MAX_REDIRECTS + "): " + arrows(chain)
                            + " -> " + next);
                }
                chain.add(next);
                current = next;
                continue;
            }
            if (status < 200 || status > 299) {
                throw new FetchException(statusLine(status));
            }
            return page(first, current, ex);
        }
    }

    /** The parsed, checked URL, without its fragment and with at least the path {@code /}. */
    static URI parse(String address) throws FetchException {
        URI uri;
        try {
            uri = new URI(address.strip());
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid URL: " + e.getReason() + " at character " + (e.getIndex() + 1));
        }
        return checked(uri, "only http and https URLs are fetched");
    }

    private static URI checked(URI uri, String wrongScheme) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(wrongScheme);
        }
        if (uri.getRawUserInfo() != null) {
            throw new FetchException("a URL with a user name or password is not fetched");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException("not a valid URL: it names no host");
        }
        try {
            return new URI(scheme + "://" + uri.getRawAuthority()
                    + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid URL: " + e.getReason());
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect goes: the Location resolved against the URL it came from, checked like a first URL. */
    static URI redirectTarget(URI from, String location, int status) throws FetchException {
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException(statusLine(status) + " to an invalid Location: " + location);
        }
        next = checked(next, statusLine(status) + " to " + next + ", which is not an http or https URL");
        if (from.getScheme().equals("https") && next.getScheme().equals("http")) {
            throw new FetchException(statusLine(status) + " from https to plain http (" + next + "); not followed");
        }
        return next;
    }

    private static String arrows(List<URI> chain) {
        return chain.stream().map(URI::toString).collect(Collectors.joining(" -> "));
    }

    /** {@code HTTP 404 Not Found}; {@code HTTP 599} for a code without a standard reason. */
    static String statusLine(int status) {
        String reason = REASONS.get(status);
        return "HTTP " + status + (reason == null ? "" : " " + reason);
    }

    /** The response to one request: status and headers, and the body when it was read. */
    private record Exchange(int status, HttpHeaders headers, byte[] body) {
    }

    private Exchange exchange(URI uri) throws FetchException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", MediaTypes.ACCEPT)
                .GET()
                .build();
        AtomicReference<LimitedBody> reading = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            if (!wantsBody(info)) {
                return new SkippedBody();
            }
            LimitedBody body = new LimitedBody(maxBytes);
            reading.set(body);
            return body;
        });
        try {
            HttpResponse<byte[]> response = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Exchange(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            LimitedBody body = reading.get();
            if (body != null) {
                body.abort();
            }
            throw new FetchException("timed out after " + seconds(timeout), e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted", e);
        } catch (ExecutionException e) {
            throw new FetchException(describe(e.getCause(), uri), e.getCause());
        }
    }

    /** Whether the body is worth reading: a 2xx text response that does not announce more than the limit. */
    private boolean wantsBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return false;
        }
        String type = info.headers().firstValue("content-type").orElse("");
        return MediaTypes.extension(MediaTypes.mediaType(type)).isPresent()
                && identity(info.headers())
                && info.headers().firstValueAsLong("content-length").orElse(0) <= maxBytes;
    }

    private static boolean identity(HttpHeaders headers) {
        String encoding = headers.firstValue("content-encoding").orElse("identity").strip();
        return encoding.isEmpty() || encoding.equalsIgnoreCase("identity");
    }

    private FetchedPage page(URI asked, URI from, Exchange ex) throws FetchException {
        String contentType = ex.headers().firstValue("content-type").orElse("").strip();
        String mediaType = MediaTypes.mediaType(contentType);
        if (contentType.isEmpty()) {
            throw new FetchException("not text: the server says no Content-Type");
        }
        if (MediaTypes.extension(mediaType).isEmpty()) {
            throw new FetchException("not text: the server says " + mediaType);
        }
        if (!identity(ex.headers())) {
            throw new FetchException("compressed: the server sent Content-Encoding "
                    + ex.headers().firstValue("content-encoding").orElse("") + ", which ingest does not decode");
        }
        long announced = ex.headers().firstValueAsLong("content-length").orElse(-1);
        if (ex.body() == null || announced > maxBytes) {
            throw overLimit(announced);
        }
        Charset charset = charset(contentType);
        StrictText.Decoded decoded = StrictText.decode(ex.body(), charset);
        if (!decoded.valid()) {
            throw new FetchException("not valid " + charset.name() + ": bad byte sequence at byte offset "
                    + decoded.badOffset() + " (the server says " + contentType + ")");
        }
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new FetchException("not text: a NUL character at offset " + nul + ", though the server says "
                    + mediaType);
        }
        if (text.isBlank()) {
            throw new FetchException("empty page: the server sent no text");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        return new FetchedPage(asked, from, now, mediaType, contentType, text, ex.body().length);
    }

    /** Over the limit: {@code announced} is the size the server gave, or -1 when the stream passed the limit. */
    private FetchException overLimit(long announced) {
        return new FetchException("over the size limit: the page is " + (announced > maxBytes ? announced
                + " bytes, more than " + maxBytes : "more than " + maxBytes + " bytes")
                + " (raise the limit with --max-file-size)");
    }

    private static Charset charset(String contentType) throws FetchException {
        String name = MediaTypes.charset(contentType).orElse(null);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new FetchException("unknown charset '" + name + "' (the server says " + contentType + ")");
        }
    }

    /** One line for a failed request: a timeout, an unknown host, a refused connection, a TLS failure … */
    String describe(Throwable failure, URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : uri.getScheme().equals("https") ? 443 : 80;
        String hostPort = uri.getHost() + ":" + port;
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof TooLarge) {
                return overLimit(-1).getMessage();
            }
            if (c instanceof HttpConnectTimeoutException) {
                return "timed out after " + seconds(timeout) + " connecting to " + hostPort;
            }
            if (c instanceof HttpTimeoutException) {
                return "timed out after " + seconds(timeout);
            }
            if (c instanceof UnresolvedAddressException || c instanceof UnknownHostException) {
                return "unknown host " + uri.getHost();
            }
            if (c instanceof SSLException) {
                return "TLS failed with " + hostPort + ": " + c.getMessage();
            }
        }
        for (Throwable c = failure; c != null; c = c.getCause()) {
            if (c instanceof ConnectException) {
                String reason = null;
                for (Throwable d = c; d != null; d = d.getCause()) {
                    reason = d.getMessage() != null ? d.getMessage() : reason;
                }
                // JDK 17's client often says nothing more than "ConnectException" for a refused connection.
                return "cannot connect to " + hostPort + ": " + (reason == null
                        ? "the connection was refused or closed"
                        : reason.toLowerCase(Locale.ROOT).contains("refused") ? "connection refused" : reason);
            }
        }
        String message = failure == null ? null : failure.getMessage();
        return "cannot fetch: " + (failure == null ? "unknown failure" : failure.getClass().getSimpleName())
                + (message == null ? "" : " " + message);
    }

    /** {@code 20 s}, {@code 1.5 s}. */
    static String seconds(Duration d) {
        return BigDecimal.valueOf(d.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + " s";
    }

    /** The body of a response not worth reading: the subscription is cancelled at once, nothing is downloaded. */
    private static final class SkippedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.complete(null);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
            // Cancelled: nothing is wanted.
        }

        @Override
        public void onError(Throwable throwable) {
            result.complete(null);
        }

        @Override
        public void onComplete() {
            result.complete(null);
        }
    }

    /** Thrown inside the client when a body passes the size limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("over the size limit");
        }
    }

    /** Reads a body one chunk at a time and gives up as soon as it passes the limit. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
        private final long limit;
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private volatile Flow.Subscription subscription;

        LimitedBody(long limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > limit) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }

        void abort() {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            result.cancel(false);
        }
    }
}
