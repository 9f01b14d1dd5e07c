package dev.cvp.process;

import static dev.cvp.bundle.declare.Role.WORKER;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.process.experiment.EchoThread;
import dev.cvp.process.spawn.WorkerProcess;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One round-trip: hand a value to another worker and wait for its answer. The partner is a
 * platform thread, a virtual thread, or a worker JVM at the end of a pipe (average time, us/op).
 * Partners start in the trial's setup and stop in its teardown, so only the hand-over is timed.
 */
@Declared(title = "Round trip", lesson = Lesson.PROCESSES, metric = MetricKind.LATENCY,
        summary = "One operation hands an 8-byte value to a partner started for the trial and waits for its answer"
                + " (the value plus one): a platform thread or a virtual thread through SynchronousQueues, or a worker"
                + " JVM through its stdin and stdout pipes.")
@Role(strategy = "platformThread", does = WORKER, runsOn = Worker.THREAD,
        note = "an echo platform thread; two SynchronousQueue hand-overs, nothing copied")
@Role(strategy = "virtualThread", does = WORKER, runsOn = Worker.VIRTUAL_THREAD,
        note = "an echo virtual thread; two SynchronousQueue hand-overs, nothing copied")
@Role(strategy = "jvmProcess", does = WORKER, runsOn = Worker.PROCESS,
        note = "an echo worker JVM; 8 bytes each way through a pipe")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoundTripBenchmark extends JmhDefaults {

    private static final long VALUE = 41;

    /** An echo thread for the whole trial; subclasses choose platform or virtual. */
    public abstract static class ThreadPartner {
        EchoThread echo;

        abstract ThreadFactory threads();

        @Setup(Level.Trial)
        public void startEcho() {
            echo = new EchoThread(threads());
        }

        @TearDown(Level.Trial)
        public void stopEcho() throws InterruptedException {
            echo.close();
        }
    }

    /** The partner is a platform thread. */
    @State(Scope.Benchmark)
    public static class PlatformPartner extends ThreadPartner {
        @Override
        ThreadFactory threads() {
            return Thread.ofPlatform().daemon(true).factory();
        }
    }

    /** The partner is a virtual thread. */
    @State(Scope.Benchmark)
    public static class VirtualPartner extends ThreadPartner {
        @Override
        ThreadFactory threads() {
            return Thread.ofVirtual().factory();
        }
    }

    /** The partner is an {@code echo} worker JVM, for the whole trial. */
    @State(Scope.Benchmark)
    public static class ProcessPartner {
        WorkerProcess worker;

        @Setup(Level.Trial)
        public void startWorker() throws IOException {
            worker = WorkerProcess.start(WorkerMode.ECHO);
        }

        @TearDown(Level.Trial)
        public void stopWorker() {
            worker.close();
        }
    }

    /*
     * Threads share one heap, so handing over a value is handing over a reference: nothing is
     * copied. The cost is the synchronization (a SynchronousQueue waits for the other side) and
     * waking the other thread: a parked platform thread is woken by the OS, and on one core every
     * hand-over is also a context switch.
     */
    @Benchmark
    public long platformThread(PlatformPartner partner) throws InterruptedException {
        return partner.echo.echo(VALUE);
    }

    /*
     * A virtual thread is woken by the JVM's scheduler, not the OS: unparking it submits it to a
     * carrier thread. Compare with platformThread to see what scheduling in user space saves on
     * a hand-over (and what it does not: the carrier itself may still have to be woken).
     */
    @Benchmark
    public long virtualThread(VirtualPartner partner) throws InterruptedException {
        return partner.echo.echo(VALUE);
    }

    /*
     * Processes share no memory: the value is serialized to 8 bytes, copied into a pipe by one
     * system call and out of it by another, and the answer comes back the same way. For a value
     * this small the copies are cheap, and what dominates is the same as for threads: waking the
     * partner that is blocked waiting. So expect the same order of magnitude as a thread
     * hand-over. What isolation adds per message grows with the message: everything a task needs
     * and returns must be serialized and copied, where a thread just passes a reference. That is
     * why process pools want big tasks with small arguments and results.
     */
    @Benchmark
    public long jvmProcess(ProcessPartner partner) throws IOException {
        return partner.worker.echo(VALUE);
    }
}
