package dev.cvp.process.worker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One counter per JVM. Every thread of a JVM increments the same one; every process has its own.
 *
 * <p>The parent and its worker processes run this very class, so "the counter" has the same name
 * and code everywhere. What differs is the memory it lives in: threads share their process's
 * memory, so the parent sees their increments; a worker process increments a copy in its own
 * address space, and the parent's value does not move.
 */
public final class SharedCounter {

    private static final AtomicLong COUNT = new AtomicLong();

    private SharedCounter() {
    }

    /** Adds one to this JVM's counter and returns the new value. */
    public static long increment() {
        return COUNT.incrementAndGet();
    }

    /** This JVM's current value. */
    public static long value() {
        return COUNT.get();
    }
}
