package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md v2: the report reads meaning from benchmarks.json and never from class, method,
 * strategy or parameter names (beyond the {@code sequential} baseline and the {@code strategy}
 * parameter the design names). This scans the report's sources for string literals that name
 * this project's benchmarks, strategies, parameters or modules.
 */
class NoNameMatchingTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** Names that would mean the report decides meaning by name. */
    private static final Pattern NAMES = Pattern.compile("(?i)^(?:(?-i:.+Benchmark)|fib|primes|triad|matmul|montecarlo|gil"
            + "|cooperative|virtual-cooperative|preemptive|event-loop|async|virtual|fork-join|platform-pool.*"
            + "|parallel-stream|thread-per-task|process-pool|process-per-task|threading|multiprocessing|asyncio"
            + "|tasks|latencyMs|poolSize|granularity|kernel|python|units|cpuTasks|bench-(?:cpu|io|process|python)"
            + "|platformThread|virtualThread|jvmProcess|nativeProcess|p0\\.\\d+|rssKiB|heapKiB|workers)$");

    @Test
    void noReportSourceNamesABenchmarkStrategyOrParameter() throws IOException {
        Path root = Path.of("src", "main", "java");
        assertTrue(Files.isDirectory(root), "run from the reports module: " + root.toAbsolutePath());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(f);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("/*") || line.startsWith("//")) {
                        continue;
                    }
                    Matcher m = LITERAL.matcher(line);
                    while (m.find()) {
                        if (NAMES.matcher(m.group(1)).matches()) {
                            found.add(root.relativize(f) + ":" + (i + 1) + ": \"" + m.group(1) + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsANameWhereOneIsWritten() {
        Matcher m = LITERAL.matcher("if (s.equals(\"gil\")) {");
        assertTrue(m.find() && NAMES.matcher(m.group(1)).matches(), "the pattern must catch what it is for");
    }
}
