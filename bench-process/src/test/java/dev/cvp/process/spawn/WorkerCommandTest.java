package dev.cvp.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.process.worker.WorkerMain;
import dev.cvp.process.worker.WorkerMode;
import dev.cvp.support.jvm.JvmCommand;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCommandTest {

    @Test
    void aWorkerIsTheSharedJvmCommandRunningWorkerMainInItsMode() {
        assertEquals(JvmCommand.of(WorkerMain.class).flags("-Xshare:auto").args("task", "fib", "8", "34", "0").toList(),
                WorkerCommand.of(WorkerMode.TASK, "fib", "8", "34", "0").toList());
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
