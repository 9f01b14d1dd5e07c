package dev.cvp.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.process.strategy.ProcessStrategies;
import dev.cvp.support.testing.BenchmarkStrategies;
import dev.cvp.support.testing.StrategyParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split benchmarks run exactly the registered strategies; the other benchmarks have no
 * {@code strategy} parameter (their method names are the strategies, and no registry makes them).
 */
class StrategyParamsTest {

    @Test
    void theSplitBenchmarksRunExactlyTheRegisteredStrategies() {
        StrategyParams.assertTied(ProcessStrategies.REGISTRY, SplitKernelBenchmark.class);
    }

    @Test
    void onlyTheSplitBenchmarksHaveAStrategyParameter() {
        List<String> others = StrategyParams.listed("dev.cvp.process").stream()
                .filter(b -> b.fromParam() && !SplitKernelBenchmark.class.isAssignableFrom(b.benchmarkClass()))
                .map(BenchmarkStrategies::label)
                .toList();
        assertEquals(List.of(), others, "benchmarks with a strategy parameter that no registry test covers");
    }
}
