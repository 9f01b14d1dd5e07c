package dev.cvp.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.support.testing.ProcessAssertions;
import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.process.worker.Wire;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OneShotWorkerTest {

    @AfterEach
    void nothingLeftRunning() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    @Test
    void taskWorkerComputesTheSameTaskAsTheParent() throws Exception {
        KernelSpec spec = new KernelSpec("fib", 4, 3);
        Kernel kernel = spec.create();
        OneShotWorker worker = OneShotWorker.start(WorkerMode.TASK, "fib", "4", "3", "2");
        assertEquals(kernel.computeTask(2), worker.answer());
    }

    @Test
    void badTaskArgumentsComeBackAsTheWorkersMessage() {
        Wire.WorkerFailedException e = assertThrows(Wire.WorkerFailedException.class,
                () -> OneShotWorker.start(WorkerMode.TASK, "fib", "4").answer());
        assertTrue(e.getMessage().contains("task needs <kernel> <tasks> <units> <task>"), e.getMessage());
    }

    @Test
    void longLivedModesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> OneShotWorker.start(WorkerMode.SERVE));
    }

    @Test
    void anUnknownModeExitsWithCodeTwoAndOneLine() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(WorkerCommand.of(WorkerMode.EXIT).toList());
        command.set(command.size() - 1, "bogus");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, process.waitFor());
        assertEquals("worker: unknown worker mode 'bogus'; known modes: exit, idle, echo, serve, task, increment\n",
                output);
    }

    @Test
    void runToSuccessRejectsAFailingChild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChildProcesses.runToSuccess(new ProcessBuilder("false")));
        assertTrue(e.getMessage().contains("exited with code 1"), e.getMessage());
    }
}
