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
 *
 * <p>The ticker reads the clock when it runs, so a tick's lateness ({@link #lastLatenessNanos})
 * is the scheduler's doing alone: it does not include the time the clock's thread then takes to
 * wake up and see the tick served, an OS wake-up that on a busy core costs as much as the
 * scheduler's own delay and on an idle virtual CPU tens of microseconds.
 */
public final class Ticker {

    private final AtomicLong posted = new AtomicLong();
    /** When the last tick was posted: written and read by the clock's thread only. */
    private long postedAt;
    /** When the ticker last ran: written before {@link #served}, whose volatile write publishes it. */
    private long servedAt;
    private volatile long served;
    private volatile long serves;
    private volatile boolean closed;
    private volatile Thread server;
    private volatile Thread waiter;

    /** Makes a tick due now and wakes the ticker's thread, if it has one; returns the tick's number. */
    public long post() {
        postedAt = System.nanoTime();
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
        servedAt = System.nanoTime();
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

    /**
     * The lateness of the tick just served, in nanoseconds: from its {@link #post} to the moment
     * the ticker ran. For the clock's thread, once {@link #awaitServed} returned true for the
     * last tick it posted (a clock that posts the next tick only then, so no tick is merged).
     */
    public long lastLatenessNanos() {
        return servedAt - postedAt;
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
