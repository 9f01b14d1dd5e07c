package dev.cvp.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.cpu.kernel.Kernels;
import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.worker.Wire;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkerProcessTest {

    private static WorkerProcess server;

    @BeforeAll
    static void startServer() throws IOException {
        server = WorkerProcess.start(WorkerMode.SERVE);
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        long pid = server.handle().pid();
        server.close();
        ProcessAssertions.assertAllExit(List.of(pid), Duration.ofSeconds(10));
    }

    @AfterEach
    void onlyTheServerIsLeft() {
        assertEquals(List.of(server.handle().pid()),
                ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).map(ProcessHandle::pid).toList());
    }

    @Test
    void workerComputesWhatTheInProcessKernelComputesForEveryKernel() throws IOException {
        for (String name : Kernels.names()) {
            Kernel kernel = Kernels.create(name, 2);
            KernelSpec spec = KernelSpec.of(kernel);
            for (int task = 0; task < kernel.tasks(); task++) {
                assertEquals(kernel.computeTask(task), server.computeTask(spec, task), name + " task " + task);
            }
        }
    }

    @Test
    void protocolHandlesManySmallTasksInOrder() throws IOException {
        KernelSpec spec = new KernelSpec("primes", 400, 1);
        Kernel kernel = spec.create();
        for (int round = 0; round < 5; round++) {
            for (int task = 0; task < spec.tasks(); task++) {
                assertEquals(kernel.computeTask(task), server.computeTask(spec, task), "task " + task);
            }
        }
    }

    @Test
    void aBadRequestIsAnsweredWithItsErrorAndTheWorkerCarriesOn() throws IOException {
        Wire.WorkerFailedException unknown = assertThrows(Wire.WorkerFailedException.class,
                () -> server.computeTask(new KernelSpec("no-such-kernel", 1, 1), 0));
        assertTrue(unknown.getMessage().contains("no-such-kernel"), unknown.getMessage());
        Wire.WorkerFailedException outside = assertThrows(Wire.WorkerFailedException.class,
                () -> server.computeTask(new KernelSpec("fib", 2, 1), 7));
        assertTrue(outside.getMessage().contains("task 7"), outside.getMessage());

        Kernel fib = Kernels.create("fib", 1);
        assertEquals(fib.computeTask(0), server.computeTask(KernelSpec.of(fib), 0));
    }

    @Test
    void echoWorkerAnswersEveryValuePlusOne() throws IOException {
        try (WorkerProcess echo = WorkerProcess.start(WorkerMode.ECHO)) {
            for (long value = -500; value < 500; value++) {
                assertEquals(value + 1, echo.echo(value));
            }
        }
    }

    @Test
    void closingEndsTheWorkerAndFurtherRequestsFailWithoutHanging() throws Exception {
        WorkerProcess echo = WorkerProcess.start(WorkerMode.ECHO);
        long pid = echo.handle().pid();
        echo.close();
        ProcessAssertions.assertAllExit(List.of(pid), Duration.ofSeconds(10));
        IOException e = assertThrows(IOException.class, () -> echo.echo(1));
        assertTrue(e.getMessage().contains("pid " + pid), e.getMessage());
        assertFalse(echo.handle().isAlive());
    }

    @Test
    void aWorkerThatDiesMidConversationIsReportedNotAwaited() throws Exception {
        WorkerProcess echo = WorkerProcess.start(WorkerMode.ECHO);
        echo.handle().destroyForcibly();
        echo.handle().onExit().get();
        IOException e = assertThrows(IOException.class, () -> echo.echo(1));
        assertTrue(e.getMessage().contains("failed to echo"), e.getMessage());
    }

    @Test
    void startAllStartsDistinctReadyWorkers() throws Exception {
        List<WorkerProcess> idle = WorkerProcess.startAll(WorkerMode.IDLE, 3);
        List<Long> pids = idle.stream().map(w -> w.handle().pid()).toList();
        try {
            assertEquals(3, pids.stream().distinct().count());
            assertTrue(idle.stream().allMatch(w -> w.handle().isAlive()));
        } finally {
            idle.forEach(WorkerProcess::close);
        }
        ProcessAssertions.assertAllExit(pids, Duration.ofSeconds(10));
    }

    @Test
    void oneShotModesAreNotLongLived() {
        assertThrows(IllegalArgumentException.class, () -> WorkerProcess.start(WorkerMode.TASK));
    }
}
