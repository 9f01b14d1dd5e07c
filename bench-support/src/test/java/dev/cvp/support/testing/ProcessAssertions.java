package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Checks for tests that start processes: nothing may be left running afterwards. */
public final class ProcessAssertions {

    private ProcessAssertions() {
    }

    /**
     * Waits (at most {@code timeout} for all of them) until every listed process has exited, then
     * fails naming any that is still alive. Waiting is on the processes' own exit, not on a clock.
     */
    public static void assertAllExit(Collection<Long> pids, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (long pid : pids) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty()) {
                continue;
            }
            long left = Math.max(0, deadline - System.nanoTime());
            try {
                handle.get().onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // reported below
            }
        }
        List<Long> alive = pids.stream()
                .filter(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                .toList();
        assertEquals(List.of(), alive, "processes still alive (orphans)");
    }

    /** Fails if this JVM still has any child process (after giving each up to 10 s to exit). */
    public static void assertNoDescendants() throws InterruptedException {
        assertAllExit(ProcessHandle.current().descendants().map(ProcessHandle::pid).toList(), Duration.ofSeconds(10));
    }
}
