package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.report.model.TestDeclarations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processes section compares each worker with a platform thread in one sentence per cost. */
class ProcessesSentenceTest {

    @TempDir
    Path tmp;

    private static double[] around(double mean) {
        return new double[] {mean * 0.99, mean * 1.01, mean, mean * 0.995, mean * 1.005, mean};
    }

    private static JmhJson.Result start(String method, int cores, double mean) {
        return JmhJson.result().benchmark("dev.cvp.process.StartCostBenchmark." + method).unit("us/op")
                .forks(around(mean)).cpus(cores);
    }

    @Test
    void oneSentencePerCostNamingEveryWorkerAgainstTheThread() throws Exception {
        Path dir = tmp.resolve("b");
        BundleFixture.in(dir).formatVersion(2).machine("1, 2")
                .results(1, "bench-process", start("platformThread", 1, 34), start("jvmProcess", 1, 43800),
                        start("virtualThread", 1, 3.4))
                .results(2, "bench-process", start("platformThread", 2, 34), start("jvmProcess", 2, 43800),
                        start("virtualThread", 2, 3.4))
                .declarations(TestDeclarations.declare("bench-process", "dev.cvp.process.StartCostBenchmark")
                        .title("Start cost").lesson(Lesson.PROCESSES).metric(MetricKind.START_COST)
                        .role("platformThread", Role.WORKER, Worker.THREAD)
                        .role("jvmProcess", Role.WORKER, Worker.PROCESS)
                        .role("virtualThread", Role.WORKER, Worker.VIRTUAL_THREAD).build())
                .dir();
        Cli.Run r = Cli.run(dir.toString());
        assertEquals(0, r.exit(), r.all());
        String line = Files.readString(dir.resolve("report.md")).lines().filter(l -> l.startsWith("Start cost: "))
                .findFirst().orElseThrow();
        assertTrue(line.matches("Start cost: `jvmProcess` costs 1288\u00d7 \\[[^]]+] and `virtualThread` 0\\.10\u00d7"
                + " \\[[^]]+] what `platformThread` does\\."), line);
    }
}
