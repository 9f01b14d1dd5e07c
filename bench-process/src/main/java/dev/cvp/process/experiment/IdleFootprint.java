package dev.cvp.process.experiment;

import dev.cvp.process.spawn.ResidentMemory;
import dev.cvp.process.spawn.WorkerProcess;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

/**
 * Measures what idle workers cost in memory: N threads parked in this JVM, or N worker JVMs
 * waiting on their stdin.
 *
 * <p>Method and limits. For processes the answer is direct: the summed VmRSS of the worker
 * processes (and their descendants) once all of them are ready. A thread has no VmRSS of its own,
 * so for threads the answer is the growth of this JVM's VmRSS while N of them are parked, next to
 * the growth of the live heap (both taken after a full GC, before the threads start and while they
 * are parked). A platform thread's stack is native memory and shows in the RSS; a virtual thread's
 * stack is a small object in the heap, and heap pages that were already resident do not grow the
 * RSS, so for virtual threads the heap growth is the truer figure. The GC may also return or take
 * heap pages between the two RSS readings; many workers per measurement make that noise small
 * next to the signal. Divide by {@link Footprint#workers()} for the cost of one.
 */
public final class IdleFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private IdleFootprint() {
    }

    /**
     * What {@code workers} idle workers added.
     *
     * @param workers how many were idle at once
     * @param rssKiB  resident memory they added, KiB (threads: this JVM's growth; processes: their own)
     * @param heapKiB live heap they added to this JVM, KiB (after a full GC)
     */
    public record Footprint(int workers, long rssKiB, long heapKiB) {
    }

    /** Starts {@code count} threads from {@code factory}, measures while all are parked, then ends them. */
    public static Footprint threads(ThreadFactory factory, int count) throws InterruptedException {
        CountDownLatch parked = new CountDownLatch(count);
        CountDownLatch release = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>(count);
        Baseline before = Baseline.take();
        try {
            for (int i = 0; i < count; i++) {
                Thread thread = factory.newThread(() -> {
                    parked.countDown();
                    awaitRelease(release);
                });
                threads.add(thread);
                thread.start();
            }
            parked.await();
            Baseline during = Baseline.take();
            return new Footprint(count, during.rssKiB - before.rssKiB, during.heapKiB - before.heapKiB);
        } finally {
            release.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    /** Starts {@code count} idle worker JVMs, measures once all are ready, then ends them. */
    public static Footprint jvmProcesses(int count) throws IOException {
        Baseline before = Baseline.take();
        List<WorkerProcess> workers = WorkerProcess.startAll(WorkerMode.IDLE, count);
        try {
            long rss = ResidentMemory.sumKib(workers.stream().map(WorkerProcess::handle).toList());
            return new Footprint(count, rss, Baseline.take().heapKiB - before.heapKiB);
        } finally {
            workers.forEach(WorkerProcess::close);
        }
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** This JVM's resident memory and live heap right after a full GC. */
    private record Baseline(long rssKiB, long heapKiB) {
        static Baseline take() {
            System.gc();
            return new Baseline(ResidentMemory.selfKib(), MEMORY.getHeapMemoryUsage().getUsed() / 1024);
        }
    }
}
