package dev.cvp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.support.testing.SmokeRun;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

/**
 * bench-cpu's benchmarks run by JMH itself over what the smoke profile selects, each trial with
 * its real setup, one tiny measured iteration and its teardown, under the core-count profiler;
 * and the trials that must fail, failing with their one-line messages.
 */
class BenchmarksUnderJmhTest {

    private static final SmokeRun SMOKE = new SmokeRun("bench-cpu", "dev.cvp.cpu");

    @Test
    void everySmokeBenchmarkRunsUnderJmh() throws Exception {
        SMOKE.assertEverySelectedBenchmarkRuns();
    }

    @Test
    void theMultitaskingForkPutsVirtualThreadsOnOneCarrier() throws Exception {
        // a real fork, with none of this test JVM's flags: only @Fork's jvmArgsPrepend can make
        // virtual-cooperative (which refuses several carriers) start
        Options options = SMOKE.options("TickerThroughputBenchmark", "-p", "strategy=virtual-cooperative")
                .forks(1).jvmArgs("-Xmx256m").build();
        assertEquals(List.of("TickerThroughputBenchmark.cpuWork virtual-cooperative"),
                List.copyOf(SmokeRun.measured(SmokeRun.run(options))));
    }

    @Test
    void theLatencyBenchmarkRefusesTheSchedulerThatNeverServesTheTicker() throws Exception {
        String failure = SMOKE.failure("TickerLatenessBenchmark", "-p", "strategy=sequential");
        assertTrue(failure.contains("'sequential' never runs the ticker, so its lateness is unbounded"), failure);
    }

    @Test
    void badParametersFailTheTrialNamingThem() throws Exception {
        String failure = SMOKE.failure("TickerThroughputBenchmark", "-p", "strategy=cooperative", "-p", "granularity=0");
        assertTrue(failure.contains("granularity=0"), failure);
    }

    @Test
    void anUnknownStrategyFailsTheTrialListingTheKnownOnes() throws Exception {
        String failure = SMOKE.failure("FibBenchmark", "-p", "strategy=threads");
        assertTrue(failure.contains("unknown bench-cpu strategy 'threads'; known: sequential,"), failure);
    }
}
