package dev.cvp.process;

import static dev.cvp.bundle.declare.Role.WORKER;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.support.declare.Declared;
import dev.cvp.support.declare.Figure;
import dev.cvp.support.declare.Role;
import dev.cvp.support.JmhDefaults;
import dev.cvp.process.experiment.CounterIncrements;
import dev.cvp.process.experiment.CounterIncrements.Outcome;
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
 * Two workers increment "the" counter a million times each; then the parent reads its own.
 *
 * <p>The finding is in the secondary metrics: {@code workerIncrements} (what the workers report
 * having done) and {@code parentChange} (how far the parent's counter moved), both summed over
 * the measured iterations. Threads: equal, the memory is shared. Processes: {@code parentChange}
 * is 0, each worker counted in its own copy. The score (single-shot time, ms) is the time of one
 * round, JVM starts included for processes.
 */
@Declared(title = "Isolation", lesson = Lesson.PROCESSES, metric = MetricKind.COUNT,
        summary = "One operation has 2 workers increment a static counter 1,000,000 times each, then compares the"
                + " increments they report with how far the parent's own counter moved (the score, one round's time,"
                + " is not the result).")
@Role(strategy = "platformThread", does = WORKER, runsOn = Worker.THREAD,
        note = "2 platform threads of this JVM, sharing its counter")
@Role(strategy = "jvmProcess", does = WORKER, runsOn = Worker.PROCESS,
        note = "2 worker JVMs, each with its own copy of the counter")
@Figure(metric = "workerIncrements", kind = MetricKind.COUNT, label = "increments the workers made")
@Figure(metric = "parentChange", kind = MetricKind.COUNT, label = "increments the parent saw")
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Measurement(iterations = 5)
public class IsolationBenchmark extends JmhDefaults {

    /** Workers per round. */
    static final int WORKERS = 2;
    /** Increments per worker. */
    static final long INCREMENTS = 1_000_000;

    /** The isolation counters, summed over the measured iterations by JMH. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {
        /** Increments the workers report having made. */
        public long workerIncrements;
        /** How much the parent's own counter moved. */
        public long parentChange;

        @Setup(Level.Iteration)
        public void clear() {
            workerIncrements = 0;
            parentChange = 0;
        }

        Outcome add(Outcome outcome) {
            workerIncrements += outcome.workerIncrements();
            parentChange += outcome.parentChange();
            return outcome;
        }
    }

    /*
     * Threads of one process share its memory: every increment lands in the one counter the
     * parent reads, so parentChange equals workerIncrements. Sharing is what makes threads cheap
     * to coordinate, and also what makes data races possible (the counter is atomic for that).
     */
    @Benchmark
    public Outcome platformThread(Counts counts) throws InterruptedException {
        return counts.add(CounterIncrements.threads(WORKERS, INCREMENTS));
    }

    /*
     * Each worker process runs the same code on the same static field, but in its own address
     * space: it counts to a million in its copy and reports it, and the parent's counter stays
     * where it was (parentChange = 0). No process can touch another's memory; whatever they
     * share has to be sent, as RoundTripBenchmark measures.
     */
    @Benchmark
    public Outcome jvmProcess(Counts counts) throws IOException, InterruptedException {
        return counts.add(CounterIncrements.processes(WORKERS, INCREMENTS));
    }
}
