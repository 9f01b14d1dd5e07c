package dev.cvp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void letsRunningWorkFinishWithoutAnInterrupt() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        Future<String> work = pool.submit(() -> {
            started.countDown();
            while (!pool.isShutdown()) {
                Thread.onSpinWait(); // runs until Shutdown asks politely, then ends on its own
            }
            interrupted.set(Thread.currentThread().isInterrupted());
            return "finished";
        });
        started.await();
        Shutdown.stop("test-pool", pool);
        assertTrue(pool.isTerminated());
        assertEquals("finished", work.get());
        assertFalse(interrupted.get(), "polite shutdown first: no interrupt while the work could still end");
    }

    @Test
    void interruptsWhatStillRunsAfterHalfTheLimit() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                started.countDown();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            });
        }
        started.await();
        Shutdown.stop("test-pool", pool, Duration.ofSeconds(4));
        assertTrue(pool.isTerminated(), "every thread has ended");
        assertEquals(0, interrupted.getCount(), "both sleeping tasks were interrupted");
    }

    @Test
    void failsNamingTheOwnerWhenAThreadIgnoresTheInterrupt() throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            while (!release.get()) {
                Thread.onSpinWait(); // deaf to interrupts
            }
        });
        started.await();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> Shutdown.stop("deaf-pool", pool, Duration.ofMillis(100)));
            assertTrue(e.getMessage().startsWith("deaf-pool: threads did not stop"), e.getMessage());
        } finally {
            release.set(true);
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void anInterruptedCallerInterruptsTheThreadsAndKeepsItsFlag() throws InterruptedException {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            Thread.sleep(Long.MAX_VALUE);
            return null;
        });
        started.await();
        Thread.currentThread().interrupt();
        Shutdown.stop("test-pool", pool);
        boolean flagKept = Thread.interrupted(); // reads and clears it, so later waits work
        assertTrue(flagKept, "the caller's interrupt is restored, not swallowed");
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS), "the sleeping task was interrupted at once");
    }
}
