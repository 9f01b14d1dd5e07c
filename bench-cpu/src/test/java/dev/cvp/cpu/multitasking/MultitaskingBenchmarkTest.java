package dev.cvp.cpu.multitasking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The multitasking benchmarks' lifecycle, driven by hand as JMH would (a few ticks, one small batch). */
class MultitaskingBenchmarkTest {

    private static TickerLatenessBenchmark lateness(String strategy, int granularity) {
        TickerLatenessBenchmark benchmark = new TickerLatenessBenchmark();
        benchmark.strategy = strategy;
        benchmark.granularity = granularity;
        benchmark.cpuTasks = 2;
        return benchmark;
    }

    private static TickerThroughputBenchmark throughput(String strategy, int granularity) {
        TickerThroughputBenchmark benchmark = new TickerThroughputBenchmark();
        benchmark.strategy = strategy;
        benchmark.granularity = granularity;
        benchmark.cpuTasks = 2;
        return benchmark;
    }

    @ParameterizedTest
    @ValueSource(strings = {"preemptive", "virtual-cooperative", "event-loop"})
    void latencyBenchmarkServesEveryTickAndStopsItsTasks(String strategy) {
        TickerLatenessBenchmark benchmark = lateness(strategy, 50);
        benchmark.startScheduler();
        try {
            for (long expected = 1; expected <= 5; expected++) {
                benchmark.awaitNextTick();
                assertEquals(expected, benchmark.tick());
            }
        } finally {
            benchmark.stopScheduler(); // also checks the CPU tasks' results
        }
        assertEquals(5, benchmark.scheduler().ticker().serves());
    }

    @Test
    void latencyBenchmarkRefusesTheSchedulerThatNeverServesTheTicker() {
        TickerLatenessBenchmark benchmark = lateness("sequential", 50);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, benchmark::startScheduler);
        assertTrue(e.getMessage().contains("unbounded"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "preemptive", "virtual-cooperative", "event-loop"})
    void throughputBenchmarkComputesTheWholeBatch(String strategy) {
        TickerThroughputBenchmark benchmark = throughput(strategy, 1000);
        benchmark.startScheduler();
        try {
            assertEquals(CpuTask.expectedResult(2 * TickerThroughputBenchmark.UNITS_PER_TASK), benchmark.cpuWork());
        } finally {
            benchmark.stopScheduler();
        }
    }

    @Test
    void badParametersAreRejectedWithTheirNames() {
        TickerThroughputBenchmark benchmark = throughput("event-loop", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, benchmark::startScheduler);
        assertTrue(e.getMessage().contains("granularity=0"), e.getMessage());
    }
}
