package dev.cvp.io.workload;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.server.RunningServer;
import dev.cvp.io.strategy.AsyncWorkload;
import dev.cvp.io.strategy.LoopWorkload;
import dev.cvp.io.strategy.TaskCallback;
import java.io.Closeable;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Real HTTP over loopback: task N fetches {@code /page/N} from the latency server, which answers
 * after the configured delay, and checks the response. Each task returns the body length.
 * One open file (the socket) per task in flight.
 */
public final class HttpWork implements AsyncWorkload, LoopWorkload, Closeable {

    private final PageClients pages;

    /** Takes ownership of {@code server}: {@link #close()} stops it. */
    public HttpWork(RunningServer server) {
        this.pages = new PageClients(server);
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public int filesPerTask() {
        return 1;
    }

    @Override
    public long runBlocking(int task) throws IOException {
        return pages.fetch(task).body().length;
    }

    @Override
    public CompletableFuture<Long> runAsync(int task) {
        return pages.fetchAsync(task).thenApply(response -> (long) response.body().length);
    }

    @Override
    public void runOnLoop(int task, EventLoop loop, TaskCallback callback) {
        pages.fetchOnLoop(loop, task, callback, response -> response.body().length);
    }

    /** The server it fetches from. */
    public RunningServer server() {
        return pages.server();
    }

    /** Connections its own clients hold now; stays constant once every strategy has warmed up. */
    public int openConnections() {
        return pages.openConnections();
    }

    @Override
    public void close() throws IOException {
        pages.close();
    }
}
