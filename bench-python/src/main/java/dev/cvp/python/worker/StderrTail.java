package dev.cvp.python.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Drains the worker's standard error (so it never blocks on a full pipe), copies each line to the
 * console with a prefix, and keeps the last lines for the message of a worker that died.
 */
final class StderrTail {

    private static final int KEEP_LINES = 20;
    private static final int MAX_LINE_CHARS = 400;

    private final Deque<String> last = new ArrayDeque<>();
    private final Thread drain;

    StderrTail(InputStream stderr, String prefix, PrintStream console) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8));
        this.drain = Thread.ofPlatform().daemon().name("python-worker-stderr").start(() -> {
            try (lines) {
                for (String line; (line = lines.readLine()) != null; ) {
                    console.println(prefix + line);
                    keep(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "..." : line);
                }
            } catch (IOException ignored) {
                // the pipe broke: the worker is gone, and what was read is kept
            }
        });
    }

    private synchronized void keep(String line) {
        if (last.size() == KEEP_LINES) {
            last.removeFirst();
        }
        last.addLast(line);
    }

    /**
     * The last lines, joined with {@code " | "} into one line, once the pipe has ended (every
     * process holding it exited) or {@code waitMillis} have passed.
     */
    String tail(long waitMillis) {
        try {
            drain.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            return last.isEmpty() ? "(nothing on stderr)" : String.join(" | ", last);
        }
    }
}
