package dev.cvp.process.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.cpu.kernel.Kernel;
import dev.cvp.process.kernel.KernelSpec;
import dev.cvp.support.jvm.JvmCommand;
import dev.cvp.support.testing.ProcessAssertions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A run is killed midway; afterwards no worker process may be left. */
class NoOrphansTest {

    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(20);

    @AfterEach
    void nothingLeftRunning() throws InterruptedException {
        ProcessAssertions.assertNoDescendants();
    }

    /**
     * The parent of a pool dies: by SIGKILL (no shutdown hook runs; a computing worker's answer
     * hits a broken pipe, an idle worker sees its stdin close, and both exit) or by SIGTERM (the
     * shutdown hook destroys the workers).
     */
    @ParameterizedTest(name = "{0} while {1}")
    @CsvSource({"SIGKILL, busy", "SIGKILL, idle", "SIGTERM, busy"})
    void workersDieWithTheirParent(String signal, String state) throws Exception {
        boolean sigkill = signal.equals("SIGKILL");
        List<String> command = JvmCommand.of(PoolHolderMain.class).args(state).toList();
        Process holder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Long> workers = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null && !line.equals("running"); ) {
                workers.add(Long.parseLong(line));
            }
            assertEquals(2, workers.size(), "the holder should report two workers");
            assertTrue(workers.stream().allMatch(pid -> ProcessHandle.of(pid).isPresent()), "workers run");
            if (sigkill) {
                holder.destroyForcibly();
            } else {
                holder.destroy();
            }
            holder.waitFor();
        } finally {
            holder.destroyForcibly();
        }
        ProcessAssertions.assertAllExit(workers, EXIT_TIMEOUT);
    }

    /** The pool is closed from another thread while it is running kernels back to back. */
    @Test
    void closingMidRunFailsTheRunAndLeavesNoWorker() throws Exception {
        ProcessPoolStrategy pool = new ProcessPoolStrategy(2);
        List<Long> workers = pool.workerProcesses().stream().map(ProcessHandle::pid).toList();
        Kernel kernel = new KernelSpec("fib", 8, 200).create();
        CountDownLatch firstRunDone = new CountDownLatch(1);
        CompletableFuture<Void> runs = CompletableFuture.runAsync(() -> {
            try {
                while (true) {
                    pool.run(kernel);
                    firstRunDone.countDown();
                }
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        firstRunDone.await();
        pool.close();
        CompletionException failure = assertThrows(CompletionException.class, runs::join);
        // mid-run: a worker's own failure (its pipe closed); between runs: the closed strategy refuses
        assertTrue(failure.getCause() instanceof IOException
                || failure.getCause().getMessage().equals("process-pool: closed"), String.valueOf(failure.getCause()));
        ProcessAssertions.assertAllExit(workers, EXIT_TIMEOUT);
    }

    @Test
    void killingOneWorkerMidRunFailsTheRunAndTakesTheOthersDown() throws Exception {
        try (ProcessPoolStrategy pool = new ProcessPoolStrategy(2)) {
            List<ProcessHandle> workers = pool.workerProcesses();
            Kernel big = new KernelSpec("fib", 8, 2_000).create();
            CompletableFuture<Long> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return pool.run(big);
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            });
            workers.get(1).destroyForcibly();
            CompletionException failure = assertThrows(CompletionException.class, run::join);
            assertTrue(failure.getCause() instanceof IOException, String.valueOf(failure.getCause()));
            assertTrue(failure.getCause().getMessage().startsWith("worker pid"), failure.getCause().getMessage());
            ProcessAssertions.assertAllExit(workers.stream().map(ProcessHandle::pid).toList(), EXIT_TIMEOUT);
        }
    }
}
