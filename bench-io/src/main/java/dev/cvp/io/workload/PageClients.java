package dev.cvp.io.workload;

import dev.cvp.io.http.AsyncPageClient;
import dev.cvp.io.http.BlockingHttpClient;
import dev.cvp.io.http.LoopHttpClient;
import dev.cvp.io.http.PageCheck;
import dev.cvp.io.http.ParsedResponse;
import dev.cvp.io.http.ResponseCallback;
import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.server.RunningServer;
import dev.cvp.io.strategy.TaskCallback;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * A latency server and the three clients that fetch its pages, each response checked
 * ({@link PageCheck}). Shared by the http and pipeline workloads. Owns the server: closing stops
 * it first (so the server side of each connection, not the client's, waits in TIME_WAIT), then
 * closes the clients' pooled connections.
 */
final class PageClients implements AutoCloseable {

    private final RunningServer server;
    private final BlockingHttpClient blocking;
    private final LoopHttpClient onLoop;
    private AsyncPageClient async;

    PageClients(RunningServer server) {
        this.server = server;
        this.blocking = new BlockingHttpClient(server.address());
        this.onLoop = new LoopHttpClient(server.address());
    }

    RunningServer server() {
        return server;
    }

    /** Fetches and checks page {@code page} on the calling thread. */
    ParsedResponse fetch(int page) throws IOException {
        ParsedResponse response = blocking.get(page);
        PageCheck.verify(page, response);
        return response;
    }

    /**
     * Starts fetching page {@code page} with java.net.http; the future completes with the checked
     * response. The async client (and its threads) is made on first use, by the benchmark thread.
     */
    CompletableFuture<HttpResponse<byte[]>> fetchAsync(int page) {
        if (async == null) {
            async = new AsyncPageClient(server.address());
        }
        return async.get(page).thenApply(response -> {
            AsyncPageClient.verify(page, response);
            return response;
        });
    }

    /** Starts fetching page {@code page} on {@code loop}; {@code step} turns the checked response into the task's result. */
    void fetchOnLoop(EventLoop loop, int page, TaskCallback callback, ResponseStep step) {
        onLoop.get(loop, page, new ResponseCallback() {
            @Override
            public void completed(ParsedResponse response) {
                long result;
                try {
                    PageCheck.verify(page, response);
                    result = step.apply(response);
                } catch (Exception e) {
                    callback.failed(e);
                    return;
                }
                callback.done(result);
            }

            @Override
            public void failed(Exception error) {
                callback.failed(error);
            }
        });
    }

    /** Connections the blocking and event-loop clients hold now (java.net.http keeps its own pool). */
    int openConnections() {
        return blocking.openConnections() + onLoop.openConnections();
    }

    @Override
    public void close() throws IOException {
        try {
            server.close();
        } finally {
            blocking.close();
            onLoop.close();
            if (async != null) {
                async.close();
            }
        }
    }
}
