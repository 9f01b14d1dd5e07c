package dev.cvp.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.process.worker.WorkerMain;
import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmCommandTest {

    @Test
    void workerCommandIsAnArgumentListForTheParentsJava() {
        List<String> command = JvmCommand.worker(WorkerMode.TASK, List.of("fib", "8", "34", "0"));
        assertEquals(JvmCommand.javaExecutable().toString(), command.get(0));
        assertTrue(Files.isExecutable(Path.of(command.get(0))), command.get(0));
        assertTrue(command.contains("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors()), command.toString());
        int cp = command.indexOf("-cp");
        assertEquals(System.getProperty("java.class.path"), command.get(cp + 1));
        assertEquals(List.of(WorkerMain.class.getName(), "task", "fib", "8", "34", "0"),
                command.subList(cp + 2, command.size()));
        assertFalse(command.contains("-c") || command.stream().anyMatch(a -> a.endsWith("/sh") || a.endsWith("bash")),
                "no shell in " + command);
    }

    @Test
    void javaExecutableBelongsToTheRunningJdk() throws IOException {
        Path java = JvmCommand.javaExecutable().toRealPath();
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        assertTrue(java.startsWith(home), java + " is not under java.home " + home);
    }

    @Test
    void aRunningWorkerIsTheParentsJdkWithThePinnedProcessorCount() throws IOException {
        try (WorkerProcess worker = WorkerProcess.start(WorkerMode.IDLE)) {
            ProcessHandle.Info info = worker.handle().info();
            assertEquals(ProcessHandle.current().info().command(), info.command());
            List<String> args = List.of(info.arguments().orElseThrow());
            assertTrue(args.contains("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors()),
                    args.toString());
            assertEquals("idle", args.get(args.size() - 1));
        }
    }
}
