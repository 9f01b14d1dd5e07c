package dev.cvp.process.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.worker.Wire;
import dev.cvp.support.testing.ProcessAssertions;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessStrategiesTest {

    @AfterEach
    void noWorkerOutlivesItsStrategy() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void processPoolComputesWhatSequentialComputesForEveryKernel() throws Exception {
        try (Strategy pool = new ProcessPoolStrategy(2); Strategy sequential = ProcessStrategies.REGISTRY.create("sequential")) {
            for (String name : Kernels.names()) {
                Kernel kernel = Kernels.create(name, 5);
                assertEquals(sequential.run(kernel), pool.run(kernel), name);
            }
        }
    }

    @Test
    void processPoolHandlesManyTasksAndRepeatedRuns() throws Exception {
        Kernel kernel = new KernelSpec("primes", 300, 1).create();
        try (Strategy pool = new ProcessPoolStrategy(3); Strategy sequential = ProcessStrategies.REGISTRY.create("sequential")) {
            long expected = sequential.run(kernel);
            for (int run = 0; run < 3; run++) {
                assertEquals(expected, pool.run(kernel), "run " + run);
            }
        }
    }

    @Test
    void processPerTaskComputesWhatSequentialComputes() throws Exception {
        Kernel kernel = new KernelSpec("fib", 3, 4).create();
        try (Strategy perTask = new ProcessPerTaskStrategy(2); Strategy sequential = ProcessStrategies.REGISTRY.create("sequential")) {
            assertEquals(sequential.run(kernel), perTask.run(kernel));
        }
    }

    @Test
    void aTaskThatFailsInAWorkerFailsTheRunWithItsMessage() {
        Kernel notRebuildable = new Kernel() {
            @Override
            public String name() {
                return "not-a-bench-cpu-kernel";
            }

            @Override
            public int tasks() {
                return 2;
            }

            @Override
            public int unitsPerTask() {
                return 1;
            }

            @Override
            public long computeUnit(int task, int unit) {
                return 0;
            }
        };
        for (String name : new String[] {ProcessPoolStrategy.NAME, ProcessPerTaskStrategy.NAME}) {
            try (Strategy strategy = ProcessStrategies.REGISTRY.create(name)) {
                // the worker's own report, as itself
                Wire.WorkerFailedException e = assertThrows(Wire.WorkerFailedException.class,
                        () -> strategy.run(notRebuildable));
                assertTrue(e.getMessage().contains("not-a-bench-cpu-kernel"), e.getMessage());
            }
        }
    }

    @Test
    void aClosedPoolRefusesToRun() {
        Strategy pool = new ProcessPoolStrategy(1);
        pool.close();
        pool.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.run(Kernels.create("fib", 1)));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void namesAreTheBaselineTheSharedPoolAndTheProcessStrategies() {
        assertEquals(List.of("sequential", "platform-pool", "process-pool", "process-per-task"),
                ProcessStrategies.REGISTRY.names());
        try (Strategy platform = ProcessStrategies.REGISTRY.create("platform-pool")) {
            assertEquals("platform-pool", platform.name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProcessStrategies.REGISTRY.create("forks"));
        assertEquals("unknown bench-process strategy 'forks'; known: sequential, platform-pool, process-pool,"
                + " process-per-task", e.getMessage());
    }
}
