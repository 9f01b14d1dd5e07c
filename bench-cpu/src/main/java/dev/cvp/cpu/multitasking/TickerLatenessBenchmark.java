package dev.cvp.cpu.multitasking;

import static dev.cvp.bundle.declare.Role.COOPERATIVE;
import static dev.cvp.bundle.declare.Role.PREEMPTIVE;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;
import static dev.cvp.bundle.declare.Worker.THREAD;
import static dev.cvp.bundle.declare.Worker.VIRTUAL_THREAD;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.support.declare.Role;
import dev.cvp.support.Shutdown;
import dev.cvp.support.task.TaskRunners;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Responsiveness: how late does a ticker that wants to run every millisecond get to run, while
 * CPU-bound tasks keep the scheduler busy?
 *
 * <p>The benchmark thread is the clock. Once per millisecond it posts a tick and waits until the
 * scheduler has run the ticker. The ticker notes the time when it runs, so each tick's lateness
 * (posting to running) is the scheduler's doing alone; {@link Lateness} keeps them and gives each
 * iteration's median and 99th percentile as counters. JMH's own score, the mean time of one
 * operation (posting to the clock seeing the tick served), also holds the clock's own wake-up
 * after the ticker ran: an OS wake-up that on one busy core is late by milliseconds now and then,
 * which sets the mean (and, timed by the clock, set the p99 of every scheduler, cooperative ones
 * at 10 us slices included), and which on an idle virtual CPU costs tens of microseconds.
 * The wait for the next millisecond happens in an invocation-level setup, outside the timing;
 * JMH's warning about Level.Invocation concerns operations far shorter than these (tens of
 * microseconds and up), and the fixture only sleeps.
 *
 * <p>The report scores the workload by the last declared figure, the median: it follows the
 * granularity (2 us at 10 us slices, 10 ms at 10 ms for {@code cooperative}). The p99 of a
 * 200-tick quick iteration is its third-slowest tick.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Declared(title = "Ticker lateness", lesson = Lesson.MULTITASKING, metric = MetricKind.LATENCY,
        summary = "While 2 endless CPU-bound tasks (the cpuTasks parameter; units of fib(14), about 1 us each) keep the"
                + " scheduler busy, yielding every granularity microseconds (10 us to 10 ms), a clock posts a tick every"
                + " 1 ms; one operation is one tick. Its lateness runs from its posting until the ticker task runs, by the"
                + " ticker's own clock; the median and 99th percentile of each iteration's ticks are the figures.")
@Figure(metric = "p99Us", kind = MetricKind.LATENCY, label = "p99 lateness", unit = "us/op")
@Figure(metric = "p50Us", kind = MetricKind.LATENCY, label = "p50 lateness", unit = "us/op")
@Role(strategy = "preemptive", does = PREEMPTIVE, runsOn = THREAD, note = MultitaskingBenchmark.PREEMPTIVE_NOTE)
@Role(strategy = "virtual-cooperative", does = COOPERATIVE, runsOn = VIRTUAL_THREAD,
        note = MultitaskingBenchmark.VIRTUAL_COOPERATIVE_NOTE)
@Role(strategy = "cooperative", does = COOPERATIVE, runsOn = EVENT_LOOP, note = MultitaskingBenchmark.COOPERATIVE_NOTE)
public class TickerLatenessBenchmark extends MultitaskingBenchmark {

    /** Who decides when the ticker runs: the OS, or the tasks at their yields. */
    @Param({"preemptive", "virtual-cooperative", "cooperative"})
    public String strategy;

    /** The ticker's period. */
    static final long PERIOD_NANOS = 1_000_000;

    /**
     * Each iteration's ticks' lateness, and their median and 99th percentile in microseconds as
     * counters (nearest rank), computed in the iteration's teardown, before JMH reads them.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Lateness {

        /** The median lateness of the iteration's ticks, in microseconds. */
        public double p50Us;
        /** The 99th percentile, in microseconds. */
        public double p99Us;

        private long[] nanos = new long[2048];
        private int count;

        @Setup(Level.Iteration)
        public void clear() {
            count = 0;
            p50Us = 0;
            p99Us = 0;
        }

        void add(long latenessNanos) {
            if (count == nanos.length) {
                nanos = Arrays.copyOf(nanos, 2 * count);
            }
            nanos[count++] = latenessNanos;
        }

        @TearDown(Level.Iteration)
        public void summarize() {
            Arrays.sort(nanos, 0, count);
            p50Us = percentile(0.50) / 1_000.0;
            p99Us = percentile(0.99) / 1_000.0;
        }

        /** The nearest-rank percentile of the ticks so far, in nanoseconds (0 with none); call after {@link #summarize}. */
        long percentile(double q) {
            return count == 0 ? 0 : nanos[Math.max(0, (int) Math.ceil(q * count) - 1)];
        }
    }

    private List<CpuTask> running;
    private ExecutorService driver;
    private volatile Throwable driverFailure;
    private long nextDue;

    @Override
    protected String strategy() {
        return strategy;
    }

    /** Starts the CPU tasks, endless, on a driver thread that stays in the scheduler's run(). */
    @Override
    protected void start(Scheduler scheduler) {
        if (TaskRunners.SEQUENTIAL.equals(strategy)) {
            throw new IllegalArgumentException("TickerLatenessBenchmark: 'sequential' never runs the ticker, so its"
                    + " lateness is unbounded; use preemptive, virtual-cooperative or cooperative");
        }
        running = new ArrayList<>(cpuTasks);
        for (int i = 0; i < cpuTasks; i++) {
            running.add(new CpuTask(CpuTask.ENDLESS));
        }
        driver = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("lateness-driver").daemon().factory());
        driver.execute(() -> {
            try {
                runTasks(running);
            } catch (Throwable t) {
                driverFailure = t;
                scheduler.ticker().close(); // release a waiting clock instead of hanging the fork
            }
        });
        nextDue = System.nanoTime();
    }

    @Override
    protected void stop() {
        running.forEach(CpuTask::stop);
        Shutdown.stop(strategy + ": CPU tasks", driver); // they end at their next unit
        for (CpuTask task : running) {
            if (task.result() != CpuTask.expectedResult(task.unitsDone())) {
                throw new IllegalStateException(strategy + ": a CPU task computed a wrong result");
            }
        }
    }

    /** Waits, untimed, until the next tick is due; ticks missed while the last one waited are merged into this one. */
    @Setup(Level.Invocation)
    public void awaitNextTick() {
        long now = System.nanoTime();
        while (nextDue - now > 0) {
            LockSupport.parkNanos(nextDue - now);
            now = System.nanoTime();
        }
        nextDue = Math.max(nextDue, now - PERIOD_NANOS) + PERIOD_NANOS;
    }

    /*
     * One operation = one tick: post it, wait until the ticker has run, and keep the lateness the
     * ticker measured (the clock's own wake-up after that is in JMH's mean, not in it).
     *
     * preemptive: the ticker is a platform thread; when it becomes runnable the OS preempts a CPU
     * task for it, so it is late by a wake-up, or by the OS time slice when the cores are busy
     * (a few ms at most), at every granularity: nobody had to change the tasks' code.
     *
     * virtual-cooperative and cooperative: the ticker runs only when the running task yields, so a
     * tick waits for the rest of the current slice: the median and p99 follow the granularity. The
     * cooperative loop checks the ticker after every slice (at most one slice late); the virtual
     * ticker waits for its turn in the carrier's FIFO queue (at most one slice per CPU task). Fine
     * slices keep the ticker on time and cost switches (see TickerThroughputBenchmark); coarse
     * slices do the reverse. A 10 ms slice is what one blocking call, or one long computation,
     * does to every other coroutine on an asyncio loop.
     */
    @Benchmark
    public long tick(Lateness lateness) {
        Ticker ticker = scheduler().ticker();
        long tick = ticker.post();
        if (!ticker.awaitServed(tick)) {
            throw new IllegalStateException(strategy + ": the ticker stopped before serving tick " + tick, driverFailure);
        }
        lateness.add(ticker.lastLatenessNanos());
        return tick;
    }
}
