package dev.cvp.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.cpu.strategy.Strategy;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The benchmark classes wire the right kernel to the strategy and release it (JMH's lifecycle, by hand). */
class KernelBenchmarkTest {

    record Case(KernelBenchmark benchmark, String kernel) {
        @Override
        public String toString() {
            return kernel;
        }
    }

    static Stream<Case> benchmarks() {
        return Stream.of(new Case(new FibBenchmark(), "fib"), new Case(new PrimesBenchmark(), "primes"),
                new Case(new MonteCarloBenchmark(), "montecarlo"), new Case(new MatmulBenchmark(), "matmul"),
                new Case(new TriadBenchmark(), "triad"));
    }

    @ParameterizedTest
    @MethodSource("benchmarks")
    void oneOperationRunsTheNamedKernelWithTheChosenStrategy(Case c) {
        KernelBenchmark benchmark = c.benchmark();
        benchmark.strategy = "platform-pool";
        benchmark.tasks = 2;
        benchmark.createKernelAndStrategy();
        long result;
        try {
            result = benchmark.runAllTasks();
        } finally {
            benchmark.closeStrategy();
        }
        try (Strategy sequential = Strategies.create("sequential")) {
            assertEquals(sequential.run(Kernels.create(c.kernel(), 2)), result);
        }
        assertThrows(IllegalStateException.class, benchmark::runAllTasks, "the pool must be closed by tear-down");
    }
}
