package dev.cvp.io.server;

import dev.cvp.io.loop.EventLoop;
import dev.cvp.io.loop.IoHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 server on 127.0.0.1 that answers {@code GET /page/N} after a fixed delay.
 *
 * <p>It runs one {@link EventLoop} per thread ({@code loops} of them, by default one per
 * available processor); the first also accepts connections and deals them out in turn. A waiting
 * request is an entry in its loop's timer queue, not a blocked thread, so the server can keep
 * any number of requests waiting at once and never limits the client's concurrency. The
 * counters ({@link #stats()}) let a test check that requests really overlapped.
 *
 * <p>It binds the loopback address only, and closes any connection that does not come from
 * a loopback address.
 */
public final class LatencyServer implements RunningServer {

    /** Asked-for accept backlog; the kernel caps it at net.core.somaxconn. */
    static final int BACKLOG = 16_384;

    private final long delayNanos;
    private final ServerSocketChannel listener;
    private final List<Worker> workers = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final AtomicLong served = new AtomicLong();
    private volatile boolean stopping;

    private LatencyServer(long delayNanos, ServerSocketChannel listener) {
        this.delayNanos = delayNanos;
        this.listener = listener;
    }

    /** Starts a server answering after {@code delayMillis}, with one loop per available processor. */
    public static LatencyServer start(long delayMillis) throws IOException {
        return start(delayMillis, Runtime.getRuntime().availableProcessors());
    }

    /** Starts a server answering after {@code delayMillis}, with {@code loops} event-loop threads. */
    public static LatencyServer start(long delayMillis, int loops) throws IOException {
        if (delayMillis < 0 || loops < 1) {
            throw new IllegalArgumentException("need delayMillis >= 0 and loops >= 1, got "
                    + delayMillis + " and " + loops);
        }
        ServerSocketChannel listener = ServerSocketChannel.open();
        LatencyServer server = new LatencyServer(TimeUnit.MILLISECONDS.toNanos(delayMillis), listener);
        try {
            listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), BACKLOG);
            listener.configureBlocking(false);
            for (int i = 0; i < loops; i++) {
                server.workers.add(new Worker(new EventLoop(), new PageResponse()));
            }
            Worker first = server.workers.get(0);
            first.loop.register(listener, SelectionKey.OP_ACCEPT, server.new Acceptor());
            for (int i = 0; i < loops; i++) {
                server.workers.get(i).start(server, "latency-server-loop-" + i);
            }
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    @Override
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) listener.getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ServerStats stats() {
        return new ServerStats(inFlight.get(), peakInFlight.get(), served.get());
    }

    @Override
    public void resetPeak() {
        peakInFlight.set(inFlight.get());
    }

    long delayNanos() {
        return delayNanos;
    }

    void requestArrived() {
        int now = inFlight.incrementAndGet();
        peakInFlight.accumulateAndGet(now, Math::max);
    }

    void responseSent() {
        inFlight.decrementAndGet();
        served.incrementAndGet();
    }

    void requestAbandoned() {
        inFlight.decrementAndGet();
    }

    /** Stops the loops, then closes the listener and every connection. */
    @Override
    public void close() throws IOException {
        stopping = true;
        for (Worker worker : workers) {
            worker.stop();
        }
        IOException first = null;
        try {
            listener.close();
        } catch (IOException e) {
            first = e;
        }
        for (Worker worker : workers) {
            try {
                worker.loop.close();
            } catch (UncheckedIOException e) {
                first = first == null ? e.getCause() : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    static boolean isLoopback(SocketAddress remote) {
        return remote instanceof InetSocketAddress inet
                && inet.getAddress() != null && inet.getAddress().isLoopbackAddress();
    }

    /** Accepts every pending connection and hands each to the next loop in turn. */
    private final class Acceptor implements IoHandler {
        private int next;

        @Override
        public void ready(SelectionKey key) throws IOException {
            for (SocketChannel channel; (channel = listener.accept()) != null; ) {
                if (!isLoopback(channel.getRemoteAddress())) {
                    channel.close();
                    continue;
                }
                channel.configureBlocking(false);
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                Worker worker = workers.get(next++ % workers.size());
                SocketChannel accepted = channel;
                worker.loop.execute(() -> worker.adopt(accepted, LatencyServer.this));
            }
        }

        @Override
        public void failed(Exception error) {
            if (!stopping) {
                System.err.println("latency server: accept failed: " + error);
            }
        }
    }

    /** One loop thread with its own date cache. */
    private static final class Worker {
        final EventLoop loop;
        final PageResponse responses;
        private Thread thread;

        Worker(EventLoop loop, PageResponse responses) {
            this.loop = loop;
            this.responses = responses;
        }

        void start(LatencyServer server, String name) {
            thread = Thread.ofPlatform().name(name).daemon().start(() -> {
                try {
                    loop.runUntil(() -> server.stopping);
                } catch (IOException | RuntimeException e) {
                    if (!server.stopping) {
                        System.err.println("latency server: " + name + " stopped: " + e);
                    }
                }
            });
        }

        void adopt(SocketChannel channel, LatencyServer server) {
            try {
                new ServerConnection(channel, loop, responses, server).start();
            } catch (IOException e) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the connection was never served; nothing else holds it
                }
            }
        }

        void stop() {
            if (thread == null) {
                return;
            }
            loop.execute(() -> { });
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
