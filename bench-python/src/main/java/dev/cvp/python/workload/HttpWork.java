package dev.cvp.python.workload;

import dev.cvp.io.server.PageResponse;
import dev.cvp.io.server.RunningServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Task N fetches {@code /page/N} from bench-io's latency server (a child JVM on loopback) with a
 * stdlib client and checks it as bench-io's clients do; it returns the body's length. The page's
 * shape (its {@code X-Page} header, how its body starts) is sent to the worker from
 * {@link PageResponse}, so it is written down once.
 */
public class HttpWork implements Workload {

    private final RunningServer server;
    private final Map<String, Object> args;
    private int expectedTasks = -1;
    private long expectedBytes;

    /** Takes ownership of {@code server}: {@link #close()} stops it. */
    public HttpWork(RunningServer server) {
        this(server, Map.of());
    }

    /** With arguments of a job that does more with each page. */
    protected HttpWork(RunningServer server, Map<String, Object> moreArgs) {
        this.server = server;
        Map<String, Object> all = new HashMap<>(moreArgs);
        all.put("host", server.address().getAddress().getHostAddress());
        all.put("port", server.address().getPort());
        all.put("pageHeader", PageResponse.PAGE_HEADER);
        all.put("bodyPrefix", PageResponse.BODY_PREFIX);
        this.args = Map.copyOf(all);
    }

    @Override
    public String job() {
        return "http";
    }

    @Override
    public Map<String, Object> args() {
        return args;
    }

    /** The body bytes of pages 0 .. tasks-1 (computed once per task count, outside later operations). */
    @Override
    public OptionalLong expected(int tasks) {
        if (tasks != expectedTasks) {
            long sum = 0;
            for (int page = 0; page < tasks; page++) {
                sum += PageResponse.body(page).getBytes(StandardCharsets.UTF_8).length;
            }
            expectedBytes = sum;
            expectedTasks = tasks;
        }
        return OptionalLong.of(expectedBytes);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
