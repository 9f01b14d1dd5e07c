package dev.cvp.python.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worker process and its protocol: who it is, errors, deaths, and that it leaves nothing behind. */
class PythonWorkerTest {

    @TempDir
    Path scratch;

    @Test
    void reportsItsInterpreter() throws IOException {
        Python3.executable();
        try (PythonWorker worker = PythonWorker.start(Python3.COMMAND)) {  // as the benchmarks' default: from PATH
            Interpreter python = worker.interpreter();
            assertTrue(python.versionInfo().get(0) == 3 && python.versionInfo().get(1) >= 8, python.describe());
            assertFalse(python.implementation().isBlank());
            assertTrue(python.version().startsWith(python.versionInfo().get(0) + "." + python.versionInfo().get(1)),
                    python.version());
            // sys._is_gil_enabled() is false only on a free-threaded build
            assertTrue(python.gilEnabled() || python.freeThreadedBuild(), python.describe());
            assertTrue(python.cpus() >= 1);
        }
    }

    @Test
    void aJobThatFailsFailsTheOperationAndTheWorkerGoesOn() throws IOException {
        String python = Python3.executable();
        try (PythonWorker worker = PythonWorker.start(python)) {
            worker.prepare("asyncio", 0);
            WorkerException e = assertThrows(WorkerException.class,
                    () -> worker.run("fib", "asyncio", 2, Map.of("n", 10)));
            assertEquals("bench-python: run fib/asyncio x2 failed in the worker (" + python + "): "
                    + "JobError: fib has no asyncio form", e.getMessage());
            assertEquals(new JobResult(2 * 55, 2), worker.run("fib", "sequential", 2, Map.of("n", 10)));
        }
    }

    @Test
    void aStrategyThatDoesNotApplyToTheJobFailsAtPrepare() throws IOException {
        String python = Python3.executable();
        try (PythonWorker worker = PythonWorker.start(python)) {
            WorkerException e = assertThrows(WorkerException.class, () -> worker.prepare("multiprocessing", 2, "http"));
            assertEquals("bench-python: prepare multiprocessing failed in the worker (" + python + "): JobError: "
                    + "strategy multiprocessing does not apply to http (it runs with sequential, threading, asyncio); "
                    + "remove it from -p strategy for this benchmark", e.getMessage());
        }
    }

    @Test
    void aStrategyThatWasNotPreparedIsNamed() throws IOException {
        String python = Python3.executable();
        try (PythonWorker worker = PythonWorker.start(python)) {
            WorkerException e = assertThrows(WorkerException.class,
                    () -> worker.run("sleep", "threading", 2, Map.of("latencyMs", 1)));
            assertTrue(e.getMessage().endsWith("strategy threading was not prepared; send prepare first"), e.getMessage());
        }
    }

    @Test
    void aWorkerThatDiesMidOperationFailsItWithItsStderrTail() throws IOException {
        String python = Python3.executable();
        Path script = copyResource("dying_worker.py");
        try (PythonWorker worker = PythonWorker.start(python, script, null)) {
            WorkerException e = assertThrows(WorkerException.class,
                    () -> worker.run("fib", "sequential", 1, Map.of("n", 10)));
            String message = e.getMessage();
            assertTrue(message.startsWith("bench-python: the Python worker (" + python + ", pid " + worker.pid()
                    + ") exited with code 7 during run fib/sequential x1; its stderr ended with: "), message);
            assertTrue(message.contains("dying_worker: first line before the crash | "
                    + "dying_worker: MemoryError while running fib"), message);
            assertFalse(message.contains("\n"), "one line");
        }
    }

    @Test
    void aMissingInterpreterIsOneClearLine() {
        WorkerException e = assertThrows(WorkerException.class, () -> PythonWorker.start("/no/such/python3.99"));
        assertTrue(e.getMessage().startsWith(
                "bench-python: cannot run the Python interpreter '/no/such/python3.99' ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("install Python 3.8+ or name one with --python PATH (JMH: -p python=PATH)"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void anInterpreterThatExitsAtOnceIsNamedWithItsStderr() throws IOException {
        String python = Python3.executable();
        Path script = scratch.resolve("exits.py");
        Files.writeString(script, "import sys\nsys.stderr.write('no worker here\\n')\nsys.exit(5)\n");
        WorkerException e = assertThrows(WorkerException.class, () -> PythonWorker.start(python, script, null));
        assertTrue(e.getMessage().contains("exited with code 5 before it answered; its stderr ended with: no worker here"),
                e.getMessage());
    }

    @Test
    void closeStopsTheWorkerAndItsPoolProcesses() throws IOException {
        String python = Python3.executable();
        List<ProcessHandle> started = new ArrayList<>();
        try (PythonWorker worker = PythonWorker.start(python)) {
            List<Long> pool = worker.prepare("multiprocessing", 2);
            assertEquals(2, pool.size());
            assertEquals(new JobResult(3 * 6765, 3), worker.run("fib", "multiprocessing", 3, Map.of("n", 20)));
            started.add(worker.handle());
            started.addAll(worker.handle().descendants().toList());
            assertTrue(started.size() >= 3, "worker and two pool processes: " + started);
        }
        assertEquals(List.of(), ProcessTree.awaitGone(started, 0), "still running after close");
    }

    @Test
    void poolProcessesOfAKilledWorkerExitByThemselves() throws IOException {
        String python = Python3.executable();
        try (PythonWorker worker = PythonWorker.start(python)) {
            worker.prepare("multiprocessing", 2);
            List<ProcessHandle> pool = worker.handle().descendants().toList();
            assertTrue(pool.size() >= 2, "two pool processes: " + pool);
            worker.handle().destroyForcibly();  // SIGKILL: the worker cannot stop them itself
            List<ProcessHandle> left = ProcessTree.awaitGone(pool, 60_000);
            left.forEach(ProcessHandle::destroyForcibly);
            assertEquals(List.of(), left, "pool processes still running after their worker was killed");
        }
    }

    @Test
    void aKilledOwnerLeavesNoPythonProcess() throws Exception {
        String python = Python3.executable();
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WorkerOwner.class.getName(), python)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<ProcessHandle> tree = new ArrayList<>();
        Path scripts;
        try (var lines = owner.inputReader()) {
            String line = lines.readLine();
            assertTrue(line != null && line.startsWith(WorkerOwner.PIDS), "the owner said: " + line);
            for (String pid : line.substring(WorkerOwner.PIDS.length()).trim().split(" ")) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(tree::add);
            }
            assertTrue(tree.size() >= 3, "worker and two pool processes: " + line);
            scripts = tree.get(0).info().arguments().stream().flatMap(Arrays::stream)
                    .filter(argument -> argument.endsWith(WorkerScript.ENTRY)).map(Path::of).findFirst()
                    .orElseThrow().getParent();
            owner.destroyForcibly().waitFor();
        }
        // nobody closes the worker now: it must notice by itself, and so must its pool processes
        List<ProcessHandle> left = ProcessTree.awaitGone(tree, 60_000);
        left.forEach(ProcessHandle::destroyForcibly);
        assertEquals(List.of(), left.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList());
        assertFalse(Files.exists(scripts), "the worker removes its own files when its owner is gone: " + scripts);
    }

    private Path copyResource(String name) throws IOException {
        Path target = scratch.resolve(name);
        try (InputStream source = getClass().getResourceAsStream(name)) {
            Files.copy(source, target);
        }
        return target;
    }
}
