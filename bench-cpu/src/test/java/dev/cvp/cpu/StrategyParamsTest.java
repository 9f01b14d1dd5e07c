package dev.cvp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cvp.cpu.multitasking.MultitaskingBenchmark;
import dev.cvp.cpu.multitasking.Schedulers;
import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.support.testing.BenchmarkStrategies;
import dev.cvp.support.testing.StrategyParams;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@code strategy} value of every benchmark is a registered name, and every registered name is run. */
class StrategyParamsTest {

    @Test
    void kernelBenchmarksRunExactlyTheKernelStrategies() {
        StrategyParams.assertTied(Strategies.REGISTRY, KernelBenchmark.class);
    }

    @Test
    void multitaskingBenchmarksRunExactlyTheSchedulers() {
        StrategyParams.assertTied(Schedulers.REGISTRY, MultitaskingBenchmark.class);
    }

    @Test
    void everyBenchmarkTakesItsStrategyFromOneOfTheRegistries() {
        List<String> untied = StrategyParams.listed("dev.cvp.cpu").stream()
                .filter(b -> !KernelBenchmark.class.isAssignableFrom(b.benchmarkClass())
                        && !MultitaskingBenchmark.class.isAssignableFrom(b.benchmarkClass()))
                .map(BenchmarkStrategies::label)
                .toList();
        assertEquals(List.of(), untied, "benchmarks whose strategies no registry test covers");
    }
}
