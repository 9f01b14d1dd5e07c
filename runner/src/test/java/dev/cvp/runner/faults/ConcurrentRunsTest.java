package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs at once get separate bundles and the second is warned, its cells marked
 * concurrentRuns; a bundle being written cannot be resumed by another runner. Both runs' cells
 * wait at the gate until both are running, so the overlap is certain.
 */
class ConcurrentRunsTest {

    @TempDir
    Path tmp;

    @Test
    void twoRunsAtOnce() {
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_FAKE_PLAN", "*=gate");
            String[] args = {"--modules", "cpu", "--cores", "1", "--profile", "smoke", "--label", "same", "--no-report"};
            RunnerProcess first = s.start(args);
            Processes.waitUntil("the first run's cell runs", () -> s.starts().size() >= 1);
            Path firstBundle = s.bundle();
            RunnerProcess second = s.start(args);
            Processes.waitUntil("the second run's cell runs", () -> s.starts().size() >= 2);

            RunnerProcess.Result resume = s.run("--resume", firstBundle.toString(), "--no-report");
            assertEquals(2, resume.exitCode(), "resuming a bundle that is being written: refused: " + resume.output());
            assertTrue(resume.output().contains("is being written by another runner"), resume.output());

            s.openGate();
            RunnerProcess.Result one = first.await();
            RunnerProcess.Result two = second.await();
            assertEquals(0, one.exitCode(), one.output());
            assertEquals(0, two.exitCode(), two.output());
            List<Path> bundles = s.bundles();
            assertEquals(2, bundles.size(), "two separate bundles: " + bundles);
            assertTrue(two.output().contains("another runner is running on this machine"), two.output());
            for (Path b : bundles) {
                assertEquals("bench-cpu@1=ok", Bundles.states(b), b + " is complete");
            }
            List<Integer> marks = bundles.stream().map(b -> Bundles.cell(b, "bench-cpu", 1))
                    .map(Cell::concurrentRuns).filter(Objects::nonNull).toList();
            assertEquals(List.of(1), marks, "only the cell measured while the other run went on says so");
            assertEquals(List.of(), Bundles.files(s.registry), "both unregistered");
        }
    }
}
