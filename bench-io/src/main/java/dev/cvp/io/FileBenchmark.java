package dev.cvp.io;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.OVERLAPS_WAITS;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.THREAD;
import static dev.cvp.bundle.declare.Worker.VIRTUAL_THREAD;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Role;
import dev.cvp.io.plan.ThreadOverlapPlan;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.FileWork;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disk waits: each task writes a 4 KiB file and forces it to disk (fsync), in a temporary
 * directory made for the trial and removed at its end. The latency is the device's, not a
 * parameter: the sequential benchmark measures it.
 */
@Declared(title = "File write", lesson = Lesson.CONCURRENCY, metric = MetricKind.JOB_TIME, perTaskBaseline = true,
        summary = "Task N rewrites its own 4 KiB file (4,096 bytes) in a scratch directory and forces it to the device"
                + " (fsync); one operation runs all tasks (1 to 10,000; 1 to 100 on the fixed pools), except sequential,"
                + " which runs one.")
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER, note = IoBenchmark.SEQUENTIAL_NOTE)
@Role(strategy = "platform-pool-1", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "1")
@Role(strategy = "platform-pool-8", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "8")
@Role(strategy = "platform-pool-64", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "64")
@Role(strategy = "platform-pool-512", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.POOL_NOTE + "512")
@Role(strategy = "thread-per-task", does = OVERLAPS_WAITS, runsOn = THREAD, note = IoBenchmark.THREAD_PER_TASK_NOTE)
@Role(strategy = "virtual", does = OVERLAPS_WAITS, runsOn = VIRTUAL_THREAD,
        note = "a virtual thread per task; one blocked in fsync pins its carrier, and the JDK adds carriers (up to 256)")
// Warm-up in quick (the profile leaves it to the workload): 2 x 500 ms; a write and an fsync have no client or server path to compile.
@Warmup(iterations = 2, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class FileBenchmark extends SingleWaitBenchmark {

    /** Makes the directory; the base class's teardown removes it with its files. */
    @Override
    protected Workload openWorkload() throws Exception {
        return new FileWork(ScratchDirectory.create("cvp-io-file-"));
    }

    /*
     * Only threads can wait for a file. A regular file is always "ready" to a selector, so an
     * event loop cannot overlap fsyncs, and Java (like asyncio, like most of POSIX) has no
     * asynchronous fsync: async and event-loop do not apply here and are not run. asyncio code
     * hands file I/O to a thread pool (run_in_executor, aiofiles) for the same reason.
     *
     * Virtual threads do help, but differently than with sockets: a virtual thread blocked in
     * fsync holds its carrier, and the JDK adds carriers to compensate (up to 256 by default), so
     * in-flight fsyncs are capped there. How much overlapping fsyncs gain depends on the device
     * and the file system, which can merge concurrent flushes into one journal commit.
     *
     * The baseline's time depends on WHICH cores the cell may use, not only how many. One fsync
     * of a 4 KiB file is three block requests (data, journal, cache flush), and the device
     * completes each with an interrupt on the CPU its queue's interrupt is routed to
     * (/proc/interrupts; on the 2-CPU VM the sample report ran on, virtio1-req.0 goes to CPU 1 only).
     * A 1-core cell is pinned to CPU 0, so the waiting thread is woken from the other CPU (a
     * rescheduling interrupt, in a VM an exit to the host) once or twice per fsync; with 2 cores
     * it can run where the interrupts arrive. That, not parallelism, is why sequential, one thread
     * after one fsync, came out 1.88x faster on 2 cores (0.24 vs 0.13 ms). Measured: 1,000
     * write+fsync in a loop, pinned to CPU 0, raise CPU 0's rescheduling interrupts by 1-2 per
     * fsync and take 1.3-3.2 ms per fsync on a loaded machine; pinned to CPU 1, by about 0.3 (the
     * background) and 1.0-2.0 ms. Read the 1-core to 2-core ratio of this benchmark as a change
     * of wake-up path, not as a speedup.
     */
    @Benchmark
    public long overlapped(ThreadOverlapPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
