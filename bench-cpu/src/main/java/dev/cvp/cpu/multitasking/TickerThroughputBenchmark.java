package dev.cvp.cpu.multitasking;

import static dev.cvp.bundle.declare.Role.BASELINE;
import static dev.cvp.bundle.declare.Role.COOPERATIVE;
import static dev.cvp.bundle.declare.Role.PREEMPTIVE;
import static dev.cvp.bundle.declare.Worker.CALLER;
import static dev.cvp.bundle.declare.Worker.EVENT_LOOP;
import static dev.cvp.bundle.declare.Worker.THREAD;
import static dev.cvp.bundle.declare.Worker.VIRTUAL_THREAD;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Role;
import dev.cvp.support.Shutdown;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;

/**
 * Throughput: the price of responsiveness. The same CPU tasks as in TickerLatenessBenchmark, now
 * finite (about 10 ms of work each), run to completion while a clock posts a tick every
 * millisecond. One operation is the whole batch; the score is its time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Declared(title = "Ticker throughput", lesson = Lesson.MULTITASKING, metric = MetricKind.JOB_TIME,
        summary = "One operation runs 2 CPU-bound tasks (the cpuTasks parameter) of 10,000 fib(14) units each (about"
                + " 10 ms of work per task) to completion, yielding every granularity microseconds (10 us to 10 ms),"
                + " while a clock posts a tick every 1 ms for the ticker task to serve.")
@Role(strategy = "sequential", does = BASELINE, runsOn = CALLER,
        note = "the tasks one after another, never yielding; no tick is served")
@Role(strategy = "preemptive", does = PREEMPTIVE, runsOn = THREAD, note = MultitaskingBenchmark.PREEMPTIVE_NOTE)
@Role(strategy = "virtual-cooperative", does = COOPERATIVE, runsOn = VIRTUAL_THREAD,
        note = MultitaskingBenchmark.VIRTUAL_COOPERATIVE_NOTE)
@Role(strategy = "cooperative", does = COOPERATIVE, runsOn = EVENT_LOOP, note = MultitaskingBenchmark.COOPERATIVE_NOTE)
public class TickerThroughputBenchmark extends MultitaskingBenchmark {

    /** As in TickerLatenessBenchmark, plus the baseline: {@code sequential} never yields. */
    @Param({"sequential", "preemptive", "virtual-cooperative", "cooperative"})
    public String strategy;

    /** Work units per task: about 10 ms of work. */
    static final long UNITS_PER_TASK = 10_000;

    private ScheduledExecutorService clock;

    @Override
    protected String strategy() {
        return strategy;
    }

    /** Starts the 1 ms clock, which posts ticks whether or not anyone serves them. */
    @Override
    protected void start(Scheduler scheduler) {
        clock = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("clock").daemon(true).factory());
        clock.scheduleAtFixedRate(scheduler.ticker()::post, 1, 1, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void stop() {
        Shutdown.stop("ticker clock", clock);
    }

    /*
     * sequential runs the batch with no yields and serves no ticks: the fastest possible, and the
     * baseline. Its score divided by another scheduler's (the report's concurrency gain) is the
     * share of the CPU work that scheduler kept while staying responsive.
     *
     * virtual-cooperative and cooperative pay for every yield (a continuation unmount and remount,
     * or a trip round the loop), so fine granularity costs throughput; at 10 ms they are within
     * noise of sequential. Neither can use a second core: one carrier, one loop thread.
     *
     * preemptive pays the OS for context switches, a cost that does not depend on the tasks'
     * granularity, and is the only one that also uses every core it is given.
     */
    @Benchmark
    public long cpuWork() throws InterruptedException {
        List<CpuTask> batch = new ArrayList<>(cpuTasks);
        for (int i = 0; i < cpuTasks; i++) {
            batch.add(new CpuTask(UNITS_PER_TASK));
        }
        return runTasks(batch);
    }
}
