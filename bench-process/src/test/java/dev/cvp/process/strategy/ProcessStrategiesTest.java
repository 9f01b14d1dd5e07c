package dev.cvp.process.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.cpu.strategy.Strategies;
import dev.cvp.cpu.strategy.Strategy;
import dev.cvp.process.ProcessAssertions;
import dev.cvp.process.kernel.KernelSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessStrategiesTest {

    @AfterEach
    void noWorkerOutlivesItsStrategy() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void processPoolComputesWhatSequentialComputesForEveryKernel() {
        try (Strategy pool = new ProcessPoolStrategy(2); Strategy sequential = Strategies.create("sequential")) {
            for (String name : Kernels.names()) {
                Kernel kernel = Kernels.create(name, 5);
                assertEquals(sequential.run(kernel), pool.run(kernel), name);
            }
        }
    }

    @Test
    void processPoolHandlesManyTasksAndRepeatedRuns() {
        Kernel kernel = new KernelSpec("primes", 300, 1).create();
        try (Strategy pool = new ProcessPoolStrategy(3); Strategy sequential = Strategies.create("sequential")) {
            long expected = sequential.run(kernel);
            for (int run = 0; run < 3; run++) {
                assertEquals(expected, pool.run(kernel), "run " + run);
            }
        }
    }

    @Test
    void processPerTaskComputesWhatSequentialComputes() {
        Kernel kernel = new KernelSpec("fib", 3, 4).create();
        try (Strategy perTask = new ProcessPerTaskStrategy(2); Strategy sequential = Strategies.create("sequential")) {
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
            try (Strategy strategy = ProcessStrategies.create(name)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, () -> strategy.run(notRebuildable));
                assertTrue(e.getMessage().startsWith(name + ": ") && e.getMessage().contains("not-a-bench-cpu-kernel"),
                        e.getMessage());
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
    void namesCoverProcessAndBenchCpuStrategies() {
        assertEquals("process-pool", ProcessStrategies.names().get(0));
        assertTrue(ProcessStrategies.names().containsAll(Strategies.names()));
        try (Strategy platform = ProcessStrategies.create("platform-pool")) {
            assertEquals("platform-pool", platform.name());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProcessStrategies.create("forks"));
        assertTrue(e.getMessage().contains("'forks'") && e.getMessage().contains("process-per-task"), e.getMessage());
    }
}
