package dev.cvp.cpu.multitasking;

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
