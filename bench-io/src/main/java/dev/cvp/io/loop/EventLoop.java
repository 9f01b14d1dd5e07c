package dev.cvp.io.loop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * One thread, many waits: a {@link Selector} that reports which sockets are ready, and a timer
 * queue ordered by deadline. This is the shape of asyncio's event loop: {@code loop.call_later}
 * is {@link #schedule}, {@code add_reader}/{@code add_writer} is {@link #register}, and
 * {@code loop.run_until_complete} is {@link #runUntil}.
 *
 * <p>Each round the loop sleeps in {@code select} until a socket is ready, the next timer is due,
 * or another thread hands it work ({@link #execute}); then it runs the ready handlers, the due
 * timers and the handed-over work, all on the one loop thread. Nothing here blocks except
 * {@code select}, so one thread can keep any number of waits in flight.
 *
 * <p>Only {@link #execute} may be called from other threads; everything else belongs to the
 * thread running {@link #runUntil}.
 */
public final class EventLoop implements AutoCloseable {

    /** The longest the loop sleeps without looking at its stop condition and deadline. */
    private static final long MAX_SELECT_MILLIS = 1_000;

    private final Selector selector;
    private final PriorityQueue<Timer> timers = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private long timerSequence;

    /** Opens the selector; {@link #close} releases it. */
    public EventLoop() throws IOException {
        this.selector = Selector.open();
    }

    /** Runs {@code action} on the loop thread once {@code delayNanos} have passed. */
    public void schedule(long delayNanos, Runnable action) {
        scheduleAt(System.nanoTime() + delayNanos, action);
    }

    /** Runs {@code action} on the loop thread once {@link System#nanoTime()} reaches {@code deadline}. */
    void scheduleAt(long deadline, Runnable action) {
        timers.add(new Timer(deadline, timerSequence++, action));
    }

    /** Registers a non-blocking channel; {@code handler} is called whenever it is ready for {@code ops}. */
    public SelectionKey register(SelectableChannel channel, int ops, IoHandler handler)
            throws ClosedChannelException {
        return channel.register(selector, ops, handler);
    }

    /** Hands {@code work} to the loop from any thread and wakes the loop to run it. */
    public void execute(Runnable work) {
        inbox.add(work);
        selector.wakeup();
    }

    /** How many timers are waiting to fire. */
    public int pendingTimers() {
        return timers.size();
    }

    /** How many channels are registered with this loop (open or not yet deregistered). */
    public int registeredChannels() {
        return selector.keys().size();
    }

    /**
     * Runs the loop on the calling thread until {@code done} is true.
     *
     * @param timeoutNanos how long it may take before giving up with a {@link TimeoutException}
     */
    public void runUntil(BooleanSupplier done, long timeoutNanos) throws IOException, TimeoutException {
        long deadline = System.nanoTime() + timeoutNanos;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new TimeoutException("event loop: work not done after "
                        + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms");
            }
            runOnce();
        }
    }

    /** Runs the loop on the calling thread until {@code stop} is true, with no deadline (a server's loop). */
    public void runUntil(BooleanSupplier stop) throws IOException {
        while (!stop.getAsBoolean()) {
            runOnce();
        }
    }

    /** One round: wait for readiness or the next timer, then run handlers, due timers and handed-over work. */
    void runOnce() throws IOException {
        long waitMillis = millisToWait();
        if (waitMillis == 0) {
            selector.selectNow(this::dispatch);
        } else {
            selector.select(this::dispatch, waitMillis);
        }
        runDueTimers();
        runInbox();
    }

    /**
     * 0 when there is work to do now, else how long select may sleep. Rounds up: epoll counts in
     * whole milliseconds, so a timer fires up to 1 ms late but never early (asyncio does the same).
     */
    private long millisToWait() {
        if (!inbox.isEmpty()) {
            return 0;
        }
        Timer next = timers.peek();
        if (next == null) {
            return MAX_SELECT_MILLIS;
        }
        long remaining = next.deadline() - System.nanoTime();
        if (remaining <= 0) {
            return 0;
        }
        return Math.min(MAX_SELECT_MILLIS, (remaining + 999_999) / 1_000_000);
    }

    private void dispatch(SelectionKey key) {
        if (!key.isValid()) {
            return;
        }
        IoHandler handler = (IoHandler) key.attachment();
        try {
            handler.ready(key);
        } catch (Exception e) {
            handler.failed(e);
        }
    }

    private void runDueTimers() {
        long now = System.nanoTime();
        while (!timers.isEmpty() && timers.peek().deadline() - now <= 0) {
            timers.poll().action().run();
        }
    }

    private void runInbox() {
        for (Runnable work; (work = inbox.poll()) != null; ) {
            work.run();
        }
    }

    /** Closes every channel still registered, then the selector. Call on (or after) the loop thread. */
    @Override
    public void close() {
        IOException first = null;
        for (SelectionKey key : selector.keys()) {
            try {
                key.channel().close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        try {
            selector.close();
        } catch (IOException e) {
            first = first == null ? e : first;
        }
        timers.clear();
        inbox.clear();
        if (first != null) {
            throw new UncheckedIOException("event loop: closing failed", first);
        }
    }

    /** A timer: due at {@code deadline} (System.nanoTime), ties broken by the order they were scheduled. */
    private record Timer(long deadline, long sequence, Runnable action) implements Comparable<Timer> {
        @Override
        public int compareTo(Timer other) {
            int byTime = Long.compare(deadline - other.deadline, 0);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }
}
