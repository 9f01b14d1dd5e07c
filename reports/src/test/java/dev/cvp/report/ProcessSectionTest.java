package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench-process's tables, from results shaped as docs/modules/bench-process.md describes. */
class ProcessSectionTest {

    @TempDir
    Path tmp;

    static JmhJson.Result method(String cls, String method, String mode, String unit, double score, int k) {
        return JmhJson.result().benchmark("dev.cvp.process." + cls + "." + method).mode(mode).unit(unit)
                .score(score, score * 0.02, score * 0.99, score, score * 1.01).cpus(k);
    }

    static JmhJson.Result split(String cls, String strategy, int units, double ms, int k) {
        JmhJson.Result r = JmhJson.result().benchmark("dev.cvp.process." + cls + ".split").strategy(strategy)
                .param("kernel", "fib").param("tasks", "8");
        if (units > 0) {
            r.param("units", Integer.toString(units));
        }
        return r.score(ms, ms * 0.02, ms * 0.99, ms, ms * 1.01).cpus(k);
    }

    @Test
    void startCostMemoryIsolationBreakEvenAndTarget() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1, 2");
        for (int k : new int[] {1, 2}) {
            List<JmhJson.Result> r = new ArrayList<>();
            r.add(method("StartCostBenchmark", "platformThread", "avgt", "us/op", 50, k));
            r.add(method("StartCostBenchmark", "virtualThread", "avgt", "us/op", 2, k));
            r.add(method("StartCostBenchmark", "jvmProcess", "avgt", "us/op", 40000, k));
            r.add(method("WorkerMemoryBenchmark", "platformThread", "ss", "ms/op", 300, k)
                    .events("workers", 1000, 1000).events("rssKiB", 60000, 60000).events("heapKiB", 100, 100));
            r.add(method("WorkerMemoryBenchmark", "jvmProcess", "ss", "ms/op", 900, k)
                    .events("workers", 2, 2).events("rssKiB", 80000, 80000).events("heapKiB", 0, 0));
            r.add(method("IsolationBenchmark", "platformThread", "ss", "ms/op", 10, k)
                    .events("workerIncrements", 2000000, 2000000).events("parentChange", 2000000, 2000000));
            r.add(method("IsolationBenchmark", "jvmProcess", "ss", "ms/op", 300, k)
                    .events("workerIncrements", 2000000, 2000000).events("parentChange", 0, 0));
            r.add(split("ProcessSplitBenchmark", "sequential", 0, 100, k));
            r.add(split("ProcessSplitBenchmark", "platform-pool", 0, 100.0 / k, k));
            r.add(split("ProcessSplitBenchmark", "process-pool", 0, k == 1 ? 101 : 57, k));
            r.add(split("ProcessSplitBenchmark", "process-per-task", 0, 400, k));
            for (int units : new int[] {1, 32, 1024}) {
                double seq = 8 * units * 0.15;
                r.add(split("BreakEvenBenchmark", "sequential", units, seq, k));
                r.add(split("BreakEvenBenchmark", "process-per-task", units, seq / k + 8 * 40 / k, k));
                r.add(split("BreakEvenBenchmark", "platform-pool", units, seq / k + 0.01, k));
            }
            f.results(k, "bench-process", r.toArray(JmhJson.Result[]::new));
        }
        Cli.Run run = Cli.run(f.dir().toString());
        assertEquals(0, run.exit(), run.all());
        String md = Files.readString(f.dir().resolve("report.md"));
        assertTrue(md.contains("One JVM start costs as much as 800 platform-thread starts and 20000 virtual-thread starts."), md);
        assertTrue(md.contains("| platformThread | 2000 | 60 KiB | 0.1 KiB | 60 KiB | 667 |"), md);
        assertTrue(md.contains("| jvmProcess | 4 | 39.1 MiB | 0 KiB | 39.1 MiB | 1 |"), md);
        assertTrue(md.contains("platformThread: workers made 4,000,000 increments and the parent's counter moved"
                + " 4,000,000 (shared memory). jvmProcess: workers made 4,000,000 increments and the parent's counter"
                + " moved 0 (each worker counted in its own memory)."), md);
        assertTrue(md.contains("fib: process-pool 1.77\u00d7 on 2 cores beside platform-pool's 2.00\u00d7 (target \u2265 1.7: reached)"), md);
        assertTrue(md.contains("process-per-task 0.25\u00d7 [0.24\u20130.26] vs sequential on 2 cores: a JVM start per task costs more"), md);
        assertTrue(md.contains("- 1 core, platform-pool: not reached up to 154 ms per task"), md);
        assertTrue(md.contains("- 2 cores, platform-pool: breaks even at or below 0.15 ms per task"), md);
        assertTrue(md.contains("- 2 cores, process-per-task: breaks even between 4.8 ms (loses) and 154 ms (wins) per task"), md);
    }
}
