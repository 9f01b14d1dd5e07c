package dev.cvp.process.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.process.worker.WorkerMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

    @Test
    void parsesTheVmRssLine() {
        assertEquals(123456, ResidentMemory.parseVmRssKib(List.of(
                "Name:\tjava", "VmPeak:\t 9999999 kB", "VmRSS:\t  123456 kB", "RssAnon:\t 1 kB")));
    }

    @Test
    void rejectsMissingOrMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> ResidentMemory.parseVmRssKib(List.of("Name:\tkthreadd")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResidentMemory.parseVmRssKib(List.of("VmRSS:\t 12 MB")));
        assertTrue(e.getMessage().contains("12 MB"), e.getMessage());
    }

    @Test
    void aWorkerJvmHasMegabytesResidentAndTheSumCoversEveryWorker() throws IOException {
        List<WorkerProcess> workers = WorkerProcess.startAll(WorkerMode.IDLE, 2);
        try {
            List<ProcessHandle> handles = workers.stream().map(WorkerProcess::handle).toList();
            long first = ResidentMemory.kib(handles.get(0).pid());
            long second = ResidentMemory.kib(handles.get(1).pid());
            assertTrue(first > 10_000, "a JVM has more than 10 MiB resident, read " + first + " KiB");
            long sum = ResidentMemory.sumKib(handles);
            assertTrue(sum >= first + second - 2_000 && sum <= first + second + 2_000,
                    "sum " + sum + " vs " + first + " + " + second);
        } finally {
            workers.forEach(WorkerProcess::close);
        }
    }

    @Test
    void aMissingProcessIsOneClearError() {
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ResidentMemory.kib(Long.MAX_VALUE));
        assertTrue(e.getMessage().contains("/proc/" + Long.MAX_VALUE + "/status"), e.getMessage());
    }
}
