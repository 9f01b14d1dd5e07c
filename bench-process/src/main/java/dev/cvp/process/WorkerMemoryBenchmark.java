package dev.cvp.process;

import static dev.cvp.bundle.declare.Role.WORKER;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.process.experiment.IdleFootprint;
import dev.cvp.process.experiment.IdleFootprint.Footprint;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Resident memory per idle worker: a platform thread, a virtual thread, a JVM process.
 *
 * <p>The result is in the secondary metrics, not in the score: every operation starts a batch of
 * idle workers, measures them (see {@link IdleFootprint} for the method and its limits) and ends
 * them, adding to the counters {@code workers}, {@code rssKiB} and {@code heapKiB}. JMH sums
 * these counters over the measured iterations, so the cost of one worker is a ratio of sums:
 * {@code rssKiB / workers} (and {@code heapKiB / workers}). The score itself (single-shot time
 * of one batch, ms) includes two full GCs and is not a start-cost figure.
 */
@Declared(title = "Memory per worker", lesson = Lesson.PROCESSES, metric = MetricKind.MEMORY,
        summary = "One operation starts a batch of idle workers (1,000 platform threads, 10,000 virtual threads or 2"
                + " JVM processes), measures the resident memory and live heap they add, and ends them; the memory per"
                + " worker is rssKiB / workers (the score, the batch's time, is not the result).")
@Role(strategy = "platformThread", does = WORKER, runsOn = Worker.THREAD,
        note = "1,000 platform threads per batch, each parked")
@Role(strategy = "virtualThread", does = WORKER, runsOn = Worker.VIRTUAL_THREAD,
        note = "10,000 virtual threads per batch, each parked")
@Role(strategy = "jvmProcess", does = WORKER, runsOn = Worker.PROCESS, note = "2 idle worker JVMs per batch")
@Figure(metric = "rssKiB", kind = MetricKind.MEMORY, label = "resident memory per worker (KiB)", per = "workers")
@Figure(metric = "heapKiB", kind = MetricKind.MEMORY, label = "live heap per worker (KiB)", per = "workers")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Measurement(iterations = 5)
public class WorkerMemoryBenchmark extends JmhDefaults {

    /** Platform threads per batch: enough that their stacks dwarf the GC's noise in the RSS. */
    static final int PLATFORM_THREADS = 1_000;
    /** Virtual threads per batch: more, because each is so much smaller. */
    static final int VIRTUAL_THREADS = 10_000;
    /** Worker JVMs per batch: a JVM is large enough that two measure it well. */
    static final int JVM_PROCESSES = 2;

    /** The memory counters, summed over the measured iterations by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Memory {
        /** Idle workers measured. */
        public long workers;
        /** Resident memory they added, KiB. */
        public long rssKiB;
        /** Live heap they added to the benchmark's JVM, KiB. */
        public long heapKiB;

        @Setup(Level.Iteration)
        public void clear() {
            workers = 0;
            rssKiB = 0;
            heapKiB = 0;
        }

        Footprint add(Footprint footprint) {
            workers += footprint.workers();
            rssKiB += footprint.rssKiB();
            heapKiB += footprint.heapKiB();
            return footprint;
        }
    }

    /*
     * An idle platform thread still owns an OS thread: a native stack (reserved at 1 MiB or so,
     * but only the pages it touched are resident), the kernel's task structure, and the JVM's
     * per-thread data. That is around ten KiB resident per idle thread, and more once a thread has
     * run deep calls (touched stack pages stay resident): why thousands of blocked platform threads
     * are a memory problem long before they are a CPU problem.
     */
    @Benchmark
    public Footprint platformThread(Memory memory) throws InterruptedException {
        return memory.add(IdleFootprint.threads(Thread.ofPlatform().factory(), PLATFORM_THREADS));
    }

    /*
     * A parked virtual thread is a heap object: its few stack frames are copied into a stack
     * chunk in the heap when it parks, and no OS thread is held. Look at heapKiB / workers here:
     * around a KiB, one or two orders of magnitude below a platform thread, which is why a
     * server can keep a virtual thread per connection.
     */
    @Benchmark
    public Footprint virtualThread(Memory memory) throws InterruptedException {
        return memory.add(IdleFootprint.threads(Thread.ofVirtual().factory(), VIRTUAL_THREADS));
    }

    /*
     * An idle worker JVM is a whole process: its own heap, its own copy of the JVM's data
     * structures, GC and JIT threads, and the classes it loaded (the shared class archive and
     * the JDK's libraries are mapped from the same files as the parent's, but VmRSS counts those
     * pages in every process that touched them). Tens of MiB: isolation is paid in memory too.
     */
    @Benchmark
    public Footprint jvmProcess(Memory memory) throws IOException {
        return memory.add(IdleFootprint.jvmProcesses(JVM_PROCESSES));
    }
}
