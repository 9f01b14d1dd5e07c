package dev.cvp.cpu.multitasking;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The latency-sensitive task: it has almost nothing to do, but wants to do it as soon as its tick
 * is due. A clock {@link #post posts} ticks; the scheduler under test decides when the ticker
 * gets to {@link #serve} them. The time between the two is the tick's lateness.
 *
 * <p>Ticks that become due while an earlier one still waits are merged with it, as a periodic
 * timer that coalesces missed ticks does. Thread-based schedulers run {@link #serveLoop()} on a
 * thread of their own; an event loop calls {@link #serveIfPending()} between slices.
 */
public final class Ticker {

    private final AtomicLong posted = new AtomicLong();
    private volatile long served;
    private volatile long serves;
    private volatile boolean closed;
    private volatile Thread server;
    private volatile Thread waiter;

    /** Makes a tick due now and wakes the ticker's thread, if it has one; returns the tick's number. */
    public long post() {
        long tick = posted.incrementAndGet();
        Thread s = server;
        if (s != null) {
            LockSupport.unpark(s);
        }
        return tick;
    }

    /** Whether a posted tick waits to be served. */
    public boolean pending() {
        return served < posted.get();
    }

    /** Serves every tick due so far: the ticker's work. Call only from the scheduler's ticker context. */
    public void serve() {
        served = posted.get();
        serves++; // one writer: the ticker's context
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }

    /** An event loop's check between two slices. */
    public void serveIfPending() {
        if (pending()) {
            serve();
        }
    }

    /** The body of a ticker thread: sleep until a tick is posted, serve it, until closed. */
    public void serveLoop() {
        server = Thread.currentThread();
        while (!closed) {
            if (pending()) {
                serve();
            } else {
                LockSupport.park(this);
            }
        }
    }

    /**
     * Waits (parked, using no CPU) until the ticker has served tick {@code tick} or is closed.
     * One waiter at a time: the clock.
     *
     * @return true if the tick was served, false if the ticker was closed first
     */
    public boolean awaitServed(long tick) {
        waiter = Thread.currentThread();
        while (served < tick) {
            if (closed) {
                return false;
            }
            LockSupport.park(this);
        }
        return true;
    }

    /** How many times the ticker has run (coalesced ticks count once). */
    public long serves() {
        return serves;
    }

    /** Ticks posted so far. */
    public long posted() {
        return posted.get();
    }

    /** Stops {@link #serveLoop()} and releases any waiter. */
    public void close() {
        closed = true;
        Thread s = server;
        if (s != null) {
            LockSupport.unpark(s);
        }
        Thread w = waiter;
        if (w != null) {
            LockSupport.unpark(w);
        }
    }
}
