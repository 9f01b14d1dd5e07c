package dev.cvp.runner.cell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhLogTest {

    @Test
    void aCleanLogHasNoFailures() {
        JmhLog log = JmhLog.parse(List.of("# Benchmark: a.B.run", "# Parameters: (tasks = 8)", "Iteration 1: 2 ms/op",
                "# Benchmark: a.B.run", "# Parameters: (tasks = 16)", "Iteration 1: 3 ms/op"));
        assertEquals(new JmhLog(0, 2, null, null), log);
    }

    @Test
    void aBenchmarkErrorIsNamedWithItsParameters() {
        JmhLog log = JmhLog.parse(List.of("# Benchmark: a.B.run", "# Parameters: (tasks = 8)", "<failure>", "",
                "java.lang.IllegalStateException: boom", "\tat a.B.run", "# Benchmark: a.C.run"));
        assertEquals(1, log.failed());
        assertEquals(2, log.total());
        assertNull(log.forkExit());
        assertEquals("a.B.run (tasks = 8): java.lang.IllegalStateException: boom", log.first());
    }

    @Test
    void aDeadForkGivesItsExitCode() {
        JmhLog log = JmhLog.parse(List.of("# Benchmark: a.B.run", "<forked VM failed with exit code 134>",
                "<stdout last='20 lines'>", "# Benchmark: a.C.run", "<binary link had failed, forked VM corrupted the stream?"));
        assertEquals(2, log.failed());
        assertEquals(134, log.forkExit());
        assertEquals("a.B.run: the forked JVM exited with code 134", log.first());
    }
}
