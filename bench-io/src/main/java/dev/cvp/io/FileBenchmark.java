package dev.cvp.io;

import dev.cvp.io.plan.ThreadOverlapPlan;
import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.strategy.Workload;
import dev.cvp.io.workload.FileWork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Disk waits: each task writes a 4 KiB file and forces it to disk (fsync), in a temporary
 * directory made for the trial and removed at its end. The latency is the device's, not a
 * parameter: the sequential benchmark measures it.
 */
@State(Scope.Benchmark)
public class FileBenchmark extends IoBenchmark {

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
     */
    @Benchmark
    public long overlapped(ThreadOverlapPlan plan) throws Exception {
        return runAllTasks(plan);
    }
}
