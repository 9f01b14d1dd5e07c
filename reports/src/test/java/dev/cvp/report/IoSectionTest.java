package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-io's shape (docs/modules/bench-io.md): a one-task sequential method, pools to 100 tasks, overlap beyond. */
class IoSectionTest {

    @TempDir
    Path tmp;

    static JmhJson.Result io(String method, String strategy, Integer tasks, double ms, int k) {
        JmhJson.Result r = JmhJson.result().benchmark("dev.cvp.io.SleepBenchmark." + method).param("latencyMs", "10");
        if (strategy != null) {
            r.strategy(strategy);
        }
        if (tasks != null) {
            r.param("tasks", tasks.toString());
        }
        return r.score(ms, ms * 0.005, ms * 0.998, ms, ms * 1.002).cpus(k);
    }

    static Path bundle(Path dir) throws IOException {
        BundleFixture f = BundleFixture.in(dir).machine("1, 2");
        for (int k : new int[] {1, 2}) {
            List<JmhJson.Result> r = new ArrayList<>();
            r.add(io("sequential", null, null, 10.1, k));
            r.add(io("pooled", "platform-pool-8", 10, 20.2, k));
            r.add(io("pooled", "platform-pool-8", 100, 131.3, k));
            r.add(io("overlapped", "virtual", 10, 10.1, k));
            r.add(io("overlapped", "virtual", 100, 10.3, k));
            r.add(io("overlapped", "virtual", 10000, k == 1 ? 30.0 : 20.0, k));
            f.results(k, "bench-io", r.toArray(JmhJson.Result[]::new));
        }
        return f.dir();
    }

    @Test
    void extrapolatesSequentialAndPoolsAndReportsIdealGainOverheadFindingAndKnee() throws IOException {
        Path dir = bundle(tmp.resolve("run"));
        Cli.Run run = Cli.run(dir.toString());
        assertEquals(0, run.exit(), run.all());
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("##### SleepBenchmark latencyMs=10: waiting work as tasks grow"), md);
        // pool-8 at 10000 tasks: 131.3 ms x ceil(10000/8) / ceil(100/8) = 131.3 x 1250 / 13
        assertTrue(md.contains("| platform-pool-8 | 20.2 ms<br>ideal 20 ms (99%, wait-bound) | 131 ms<br>ideal 130 ms"
                + " (99%, wait-bound) | \u2248 12600 ms<br>ideal 12500 ms (99%, wait-bound) \u2020 |"), md);
        assertTrue(md.contains("| virtual | 10.1 ms<br>ideal 10 ms (99%, wait-bound) | 10.3 ms<br>ideal 10 ms (97%, wait-bound)"
                + " | 30 ms<br>ideal 10 ms (33%, CPU-bound) |"), md);
        assertTrue(md.contains("| virtual | 10.0\u00d7 \u2020 | 98.1\u00d7 \u2020 | 3367\u00d7 \u2020 |"), md);
        assertTrue(md.contains("Overhead per task, (time \u2212 latency) / tasks, at 1 core and 10000 tasks: virtual 2 \u00b5s."), md);
        assertTrue(md.contains("Finding: SleepBenchmark latencyMs=10, 10000 tasks, 1 core: virtual 3367\u00d7 faster than"
                + " sequential (extrapolated: no interval), 33% of ideal; a second core: 1.50\u00d7 \\[1.49\u20131.51\\]. Past the"
                + " knee the work is CPU-bound: a second core helps too."), md);
        assertTrue(md.contains("- virtual, 1 core: about 2 \u00b5s of CPU per task (at 10000 tasks), so beyond \\~5000 tasks"
                + " in flight the core, not the 10 ms wait, sets the time; at 2 cores: 1.50\u00d7"), md);
        assertFalse(md.contains("- platform-pool-8, 1 core: about"), "no knee for bounded pools");
        String csv = Files.readString(dir.resolve("results.csv"));
        assertTrue(csv.contains("bench-io,dev.cvp.io.SleepBenchmark,latencyMs=10 tasks=10000,platform-pool-8,1,avgt,12625,"
                + "extrapolated,ms/op,"), csv);
        assertTrue(csv.contains("bench-io,dev.cvp.io.SleepBenchmark,latencyMs=10 tasks=10000,platform-pool-8,2,avgt,12625,"
                + "extrapolated,ms/op,8,,"), "no speedup from derived figures: " + csv);
    }
}
