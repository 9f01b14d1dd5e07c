package dev.cvp.cpu.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.FibKernel;
import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.cpu.kernel.MatmulKernel;
import dev.cvp.cpu.kernel.MonteCarloKernel;
import dev.cvp.cpu.kernel.PrimesKernel;
import dev.cvp.cpu.kernel.TriadKernel;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every strategy computes what sequential computes, for every kernel, and cleans up after itself. */
class StrategiesTest {

    /** Small versions of every kernel, with an odd task count (5) so no split is ever even. */
    static Stream<Kernel> smallKernels() {
        return Stream.of(
                new FibKernel(5, 18, 12),
                new PrimesKernel(5, 4, 500),
                new MonteCarloKernel(5, 4, 1_000),
                new MatmulKernel(5, 16, 8),
                new TriadKernel(5, 4, 1_024),
                new RecordingKernel(5, 7));
    }

    static Stream<Arguments> everyStrategyOnEveryKernel() {
        return Strategies.REGISTRY.names().stream().flatMap(s -> smallKernels().map(k -> Arguments.of(s, k)));
    }

    private static long sequential(Kernel kernel) throws Exception {
        try (Strategy sequential = Strategies.REGISTRY.create("sequential")) {
            return sequential.run(kernel);
        }
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("everyStrategyOnEveryKernel")
    void everyStrategyReturnsWhatSequentialReturns(String name, Kernel kernel) throws Exception {
        long expected = sequential(kernel);
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            assertEquals(name, strategy.name());
            assertEquals(expected, strategy.run(kernel), "first run");
            assertEquals(expected, strategy.run(kernel), "a strategy is reused across operations");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "thread-per-task", "platform-pool", "fork-join",
            "parallel-stream", "virtual", "gil", "cooperative"})
    void everyStrategyRunsEveryUnitExactlyOnce(String name) throws Exception {
        RecordingKernel kernel = new RecordingKernel(6, 5);
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            assertEquals(kernel.expectedSum(), strategy.run(kernel));
        }
        assertEquals(30, kernel.order().size());
        assertEquals(30, kernel.order().stream().distinct().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fib", "primes", "montecarlo", "matmul", "triad"})
    void benchmarkSizedKernelsAgreeAcrossStrategies(String name) throws Exception {
        Kernel kernel = Kernels.create(name, 2);
        long expected = sequential(kernel);
        for (String other : List.of("fork-join", "gil", "cooperative")) {
            try (Strategy strategy = Strategies.REGISTRY.create(other)) {
                assertEquals(expected, strategy.run(kernel), other);
            }
        }
    }

    @Test
    void namesStartWithTheBaselineAndCreateRejectsUnknownNames() {
        assertEquals(List.of("sequential", "thread-per-task", "platform-pool", "fork-join", "parallel-stream", "virtual",
                "gil", "cooperative"), Strategies.REGISTRY.names());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Strategies.REGISTRY.create("threads"));
        assertTrue(e.getMessage().contains("'threads'") && e.getMessage().contains("fork-join"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Strategies.REGISTRY.create(null));
        assertFalse(Strategies.REGISTRY.accepts("platform-pool-4"), "sized pools are bench-io's");
    }

    @ParameterizedTest
    @ValueSource(strings = {"platform-pool", "fork-join"})
    void poolsRefuseWorkOnceClosed(String name) throws Exception {
        Strategy strategy = Strategies.REGISTRY.create(name);
        RecordingKernel kernel = new RecordingKernel(2, 2);
        assertEquals(kernel.expectedSum(), strategy.run(kernel));
        strategy.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> strategy.run(kernel));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        strategy.close(); // idempotent
    }

    @ParameterizedTest
    @ValueSource(strings = {"thread-per-task", "platform-pool", "fork-join", "virtual", "gil"})
    void closeStopsThePoolThreads(String name) throws Exception {
        RecordingKernel kernel = new RecordingKernel(4, 2);
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            strategy.run(kernel);
        }
        for (Thread thread : kernel.threads()) {
            thread.join(10_000);
            assertTrue(!thread.isAlive(), name + " left " + thread + " running after close");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sequential", "thread-per-task", "platform-pool", "fork-join", "parallel-stream", "virtual",
            "gil", "cooperative"})
    void aFailingTaskFailsTheRunWithItsOwnException(String name) {
        Kernel failing = new RecordingKernel(3, 2) {
            @Override
            protected void beforeRecord(int task, int unit) {
                if (task == 1) {
                    throw new ArithmeticException("boom in task 1");
                }
            }
        };
        try (Strategy strategy = Strategies.REGISTRY.create(name)) {
            ArithmeticException e = assertThrows(ArithmeticException.class, () -> strategy.run(failing));
            assertEquals("boom in task 1", e.getMessage(), "as itself, not wrapped or copied");
        }
    }
}
