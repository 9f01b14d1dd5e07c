package dev.cvp.process;

import static dev.cvp.bundle.declare.Role.WORKER;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.process.spawn.ChildProcesses;
import dev.cvp.process.spawn.WorkerCommand;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
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
 * What it costs to start something that runs code and to wait until it has finished: a platform
 * thread, a virtual thread, a native process, a whole JVM. Each does nothing, so the score is the
 * start-and-join overhead alone (average time, us/op). The report divides the process scores by
 * the thread scores: how many thread starts cost as much as one process start.
 */
@Declared(title = "Start cost", lesson = Lesson.PROCESSES, metric = MetricKind.START_COST,
        summary = "One operation starts one worker that does nothing and waits until it has ended: a platform thread, a"
                + " virtual thread, a native process (true, from an argument list) or a JVM running an empty main.")
@Role(strategy = "platformThread", does = WORKER, runsOn = Worker.THREAD, note = "Thread.ofPlatform().start, then join")
@Role(strategy = "virtualThread", does = WORKER, runsOn = Worker.VIRTUAL_THREAD, note = "Thread.ofVirtual().start, then join")
@Role(strategy = "nativeProcess", does = WORKER, runsOn = Worker.PROCESS, note = "ProcessBuilder(\"true\"), then waitFor")
@Role(strategy = "jvmProcess", does = WORKER, runsOn = Worker.PROCESS,
        note = "a JVM running the worker's exit mode (an empty main), then waitFor")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StartCostBenchmark extends JmhDefaults {

    private static final Runnable NOTHING = () -> {
    };

    /** The two child commands, built (and each run once, to fail early) outside the measurement. */
    @State(Scope.Benchmark)
    public static class Commands {
        ProcessBuilder nativeProcess;
        ProcessBuilder jvmProcess;

        @Setup(Level.Trial)
        public void buildAndCheck() throws IOException, InterruptedException {
            nativeProcess = new ProcessBuilder("true")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            jvmProcess = WorkerCommand.of(WorkerMode.EXIT).processBuilder()
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            ChildProcesses.runToSuccess(nativeProcess);
            ChildProcesses.runToSuccess(jvmProcess);
        }

        @TearDown(Level.Trial)
        public void destroyLeftovers() {
            ChildProcesses.destroyAll();
        }
    }

    /*
     * A platform thread is an OS thread: starting one asks the kernel for a new schedulable task
     * (clone), a stack (mmap) and the JVM's own bookkeeping; join waits for it to exit. It shares
     * everything else with its parent (heap, code, open files), so nothing has to be copied or
     * loaded. Tens of microseconds: cheap next to a process, dear next to a virtual thread.
     */
    @Benchmark
    public Thread platformThread() throws InterruptedException {
        Thread thread = Thread.ofPlatform().start(NOTHING);
        thread.join();
        return thread;
    }

    /*
     * A virtual thread is a Java object scheduled by the JVM onto a few carrier (platform)
     * threads: no kernel call, no native stack. Starting one is an allocation and a queue
     * operation (join parks the caller until the JVM's scheduler has run it), so it is the cheapest
     * way to get code running concurrently: a few microseconds, start and join included.
     */
    @Benchmark
    public Thread virtualThread() throws InterruptedException {
        Thread thread = Thread.ofVirtual().start(NOTHING);
        thread.join();
        return thread;
    }

    /*
     * A native process (`true`, started from an argument list, no shell) pays for what threads
     * skip: a new address space (fork/posix_spawn), loading an executable and its libraries
     * (exec), and tearing it all down again. That is isolation's price, and it is paid even by a
     * program that does nothing: a millisecond or two, dozens of platform-thread starts.
     */
    @Benchmark
    public void nativeProcess(Commands commands) throws IOException, InterruptedException {
        ChildProcesses.runToSuccess(commands.nativeProcess);
    }

    /*
     * A JVM process running an empty main adds the JVM's own boot to the process start: mapping
     * the runtime, loading and verifying classes (the shared class archive, -Xshare:auto, helps),
     * starting GC and JIT threads, then shutting all of that down. This is what every
     * process-per-task task pays before doing any work, and why process pools exist.
     */
    @Benchmark
    public void jvmProcess(Commands commands) throws IOException, InterruptedException {
        ChildProcesses.runToSuccess(commands.jvmProcess);
    }
}
