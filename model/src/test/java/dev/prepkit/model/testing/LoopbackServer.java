package dev.prepkit.model.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A small web server for tests of fetching, bound to the loopback address 127.0.0.1 on a free port and to nothing
 * else. Pages are registered by exact path (with the query, if any); any other path is a 404. Start it once per
 * test class and close it after.
 */
public final class LoopbackServer implements AutoCloseable {

    /** What one registered path answers. */
    @FunctionalInterface
    private interface Answer {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private LoopbackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "loopback-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::dispatch);
        server.start();
    }

    /** A started server on 127.0.0.1 and a free port. */
    public static LoopbackServer start() {
        try {
            return new LoopbackServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The URL of a path on this server: {@code http://127.0.0.1:PORT/path}. */
    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** The paths requested so far, in order. */
    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The {@code User-Agent} of each request so far. */
    public List<String> userAgents() {
        return List.copyOf(userAgents);
    }

    /** Serves a page with a {@code Content-Length}. */
    public LoopbackServer page(String path, String contentType, byte[] body) {
        return answer(path, 200, contentType, body, false);
    }

    /** Serves a UTF-8 text page with a {@code Content-Length}. */
    public LoopbackServer page(String path, String contentType, String body) {
        return page(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a page in chunks, without announcing its length. */
    public LoopbackServer chunkedPage(String path, String contentType, byte[] body) {
        return answer(path, 200, contentType, body, true);
    }

    /** Answers with a status and a short text body. */
    public LoopbackServer status(String path, int status) {
        return answer(path, status, "text/plain", ("status " + status + "\n").getBytes(StandardCharsets.UTF_8), false);
    }

    /** Answers with a redirect (302) to a location, absolute or relative. */
    public LoopbackServer redirect(String path, String location) {
        answers.put(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        return this;
    }

    /** Answers a page only after a delay (or when the server closes, whichever comes first). */
    public LoopbackServer slowPage(String path, Duration delay, String contentType, String body) {
        answers.put(path, ex -> {
            closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
            send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8), false);
        });
        return this;
    }

    private LoopbackServer answer(String path, int status, String contentType, byte[] body, boolean chunked) {
        answers.put(path, ex -> send(ex, status, contentType, body, chunked));
        return this;
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body, boolean chunked)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        ex.sendResponseHeaders(status, chunked ? 0 : body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < body.length; i += 1024) {
                out.write(body, i, Math.min(1024, body.length - i));
                out.flush();
            }
        } catch (IOException e) {
            // The client hung up (a body over its limit, a page it refused): nothing more to send.
        }
    }

    private void dispatch(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath()
                + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        requests.add(path);
        userAgents.add(String.valueOf(ex.getRequestHeaders().getFirst("User-Agent")));
        Answer a = answers.get(path);
        try {
            if (a == null) {
                send(ex, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8), false);
            } else {
                a.answer(ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ex.close();
        }
    }

    /** Stops the server at once, waking any slow page. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
