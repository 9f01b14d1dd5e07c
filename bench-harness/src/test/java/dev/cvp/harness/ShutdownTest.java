package dev.cvp.harness;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ShutdownTest {

    @Test
    void interruptsRunningTasksAndWaitsForTheThreadsToEnd() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                started.countDown();
                Thread.sleep(Long.MAX_VALUE);
                return null;
            });
        }
        started.await();
        Shutdown.now("test-pool", pool);
        assertTrue(pool.isTerminated(), "every thread has ended");
    }

    @Test
    void keepsTheCallersInterruptFlag() {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        pool.submit(() -> {
        });
        Thread.currentThread().interrupt();
        Shutdown.now("test-pool", pool);
        assertTrue(Thread.interrupted(), "the interrupt is restored, not swallowed");
        assertFalse(Thread.currentThread().isInterrupted());
    }
}
