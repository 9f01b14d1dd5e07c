package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measured run, not a timed assertion: renders a 10,000-row results set (125 workloads x 40
 * strategies x 2 core counts) and prints how long loading and rendering took, so the figure can
 * be read from the test output. It asserts only what was written. Tagged "measured" and left out of
 * the default test run; run it with
 * {@code ./mvnw -pl reports test -Dtest=LargeResultSetRun -Dreports.excludedGroups=none}.
 */
@Tag("measured")
class LargeResultSetRun {

    static final int WORKLOADS = 125;
    static final int STRATEGIES = 40;
    static final int[] CORES = {1, 2};

    @TempDir
    Path tmp;

    @Test
    void tenThousandRows() throws IOException {
        // -Dreports.largeBundleDir=DIR keeps the bundle there, to time the command line on it
        String keep = System.getProperty("reports.largeBundleDir");
        BundleFixture f = BundleFixture.in(keep != null ? Path.of(keep) : tmp.resolve("big")).machine("1, 2");
        for (int k : CORES) {
            List<JmhJson.Result> results = new ArrayList<>();
            for (int w = 0; w < WORKLOADS; w++) {
                for (int s = 0; s < STRATEGIES; s++) {
                    double score = 100.0 / (s % 2 == 0 ? k : 1) * (1 + w * 0.001);
                    results.add(JmhJson.result().param("kernel", "k" + w)
                            .strategy(s == 0 ? "sequential" : "strategy-" + s).param("tasks", "8")
                            .score(score, score * 0.01, score * 0.99, score, score * 1.01).cpus(k));
                }
            }
            f.results(k, "bench-cpu", results.toArray(JmhJson.Result[]::new));
        }
        Cli.run(f.dir().toString()); // warm the JVM once, as a user's second run would be
        long start = System.nanoTime();
        Cli.Run r = Cli.run(f.dir().toString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(0, r.exit(), r.err());
        long rows = Files.readAllLines(f.dir().resolve("results.csv")).size() - 1;
        assertEquals(WORKLOADS * STRATEGIES * CORES.length, rows);
        System.out.println("[measured] " + rows + " rows, " + WORKLOADS + " charts: report written in " + ms + " ms");
    }
}
