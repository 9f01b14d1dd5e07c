package dev.cvp.io.workload;

import dev.cvp.io.http.AsyncPageClient;
import dev.cvp.io.http.Header;
import dev.cvp.io.http.HeaderLines;
import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.RunningServer;
import dev.cvp.io.strategy.AsyncWorkload;
import dev.cvp.io.strategy.LoopWorkload;
import dev.cvp.io.strategy.TaskCallback;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The textbook's opening example, one task per page: fetch the page over HTTP (I/O wait), format
 * its response headers as {@code name: value} lines (CPU), write them to a file (I/O). Each task
 * returns the bytes written and adds the time it spent in each stage to the workload's
 * {@link StageClock} (see {@link #takeStageTimes()}).
 *
 * <p>The write goes to the page cache without {@code fsync}, as the textbook's {@code f.write}
 * does (see {@link ScratchDirectory#rewrite}); it is short, so the async and event-loop faces do it inline on their callback thread,
 * like a coroutine that writes a small file without {@code run_in_executor}. At high task counts
 * the formatting and the client's per-request work (and the server's, where it shares the cores) add up:
 * this is where waiting work turns CPU-bound.
 */
public final class PipelineWork implements AsyncWorkload, LoopWorkload, Closeable {

    static final String FILE_PREFIX = "headers-";

    private final PageClients pages;
    private final ScratchDirectory directory;
    private final StageClock stages = new StageClock();

    /** Takes ownership of {@code server} and {@code directory}: {@link #close()} stops and removes them. */
    public PipelineWork(RunningServer server, ScratchDirectory directory) {
        this.pages = new PageClients(server);
        this.directory = directory;
    }

    @Override
    public String name() {
        return "pipeline";
    }

    /**
     * The socket, held for the whole task. The output file is open only for the microseconds of
     * its write, so few are open at once; the limit check's headroom covers them.
     */
    @Override
    public int filesPerTask() {
        return 1;
    }

    @Override
    public long runBlocking(int task) throws IOException {
        long started = System.nanoTime();
        return write(task, pages.fetch(task).headers(), started);
    }

    @Override
    public CompletableFuture<Long> runAsync(int task) {
        long started = System.nanoTime();
        return pages.fetchAsync(task).thenApply(response -> {
            try {
                return write(task, AsyncPageClient.headers(response), started);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void runOnLoop(int task, EventLoop loop, TaskCallback callback) {
        long started = System.nanoTime();
        pages.fetchOnLoop(loop, task, callback, response -> write(task, response.headers(), started));
    }

    /**
     * Formats the headers (the CPU step) and writes them to the task's file (the second I/O step),
     * then records the task's three stages: fetch from {@code started} until now.
     */
    private long write(int task, List<Header> headers, long started) throws IOException {
        long fetched = System.nanoTime();
        byte[] text = HeaderLines.format(headers).getBytes(StandardCharsets.UTF_8);
        long formatted = System.nanoTime();
        long written = directory.rewrite(FILE_PREFIX, task, ByteBuffer.wrap(text), false);
        stages.record(started, fetched, formatted, System.nanoTime());
        return written;
    }

    /**
     * The stage times of the tasks finished since the last call, summed (task time: concurrent
     * tasks add up), then reset. A task that failed is not counted.
     */
    public StageTimes takeStageTimes() {
        return stages.take();
    }

    public RunningServer server() {
        return pages.server();
    }

    /** Connections its own clients hold now; stays constant once every strategy has warmed up. */
    public int openConnections() {
        return pages.openConnections();
    }

    public ScratchDirectory directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        try {
            pages.close();
        } finally {
            directory.close();
        }
    }
}
