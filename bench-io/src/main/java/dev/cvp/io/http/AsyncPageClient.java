package dev.cvp.io.http;

import dev.cvp.support.Shutdown;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code java.net.http.HttpClient} used the asynchronous way: {@link #get} returns a
 * {@link CompletableFuture} at once, like calling a coroutine function in asyncio returns an
 * awaitable. The client's own selector thread does the socket I/O; completions and the stages
 * chained on them run on ONE callback thread, as asyncio runs every callback on its loop thread.
 * HTTP/1.1, with the client's connection pool (one connection per request in flight, reused).
 *
 * <p>No per-request timeout: java.net.http keeps one timer per request that has one, which about
 * doubles its CPU cost per request; the strategy bounds the whole operation instead.
 */
public final class AsyncPageClient implements AutoCloseable {

    private final InetSocketAddress server;
    private final ExecutorService callbacks =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("async-http-callbacks").daemon().factory());
    private final HttpClient client;

    public AsyncPageClient(InetSocketAddress server) {
        this.server = server;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(callbacks)
                .build();
    }

    /** Starts fetching page {@code page}; the future completes with the response. */
    public CompletableFuture<HttpResponse<byte[]>> get(int page) {
        HttpRequest request = HttpRequest.newBuilder(PageRequest.uri(page, server))
                .header("Accept", "text/html")
                .GET()
                .build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The check every response passes (see {@link PageCheck}); returns the body length. */
    public static long verify(int page, HttpResponse<byte[]> response) {
        return PageCheck.verify(page, response.statusCode(),
                response.headers().firstValue(dev.cvp.io.server.PageResponse.PAGE_HEADER),
                response.headers().firstValue("Content-Length"), response.body());
    }

    /** The response headers as name/value pairs (java.net.http groups them by name). */
    public static List<Header> headers(HttpResponse<?> response) {
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : response.headers().map().entrySet()) {
            for (String value : entry.getValue()) {
                headers.add(new Header(entry.getKey(), value));
            }
        }
        return headers;
    }

    /** Shuts the client down (its selector thread and connections), then the callback thread. */
    @Override
    public void close() {
        client.close();
        Shutdown.stop("async-http-callbacks", callbacks);
    }
}
