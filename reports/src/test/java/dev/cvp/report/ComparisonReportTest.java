package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComparisonReportTest {

    @TempDir
    Path tmp;

    private Path slowMachine() throws IOException {
        return BundleFixture.in(tmp.resolve("slow")).label("slow").machine("1, 2")
                .results(1, "bench-cpu",
                        JmhJson.kernel("fib", "sequential", 1, 200, 2),
                        JmhJson.kernel("fib", "platform-pool", 1, 200, 2),
                        JmhJson.kernel("primes", "sequential", 1, 50, 1))
                .results(2, "bench-cpu",
                        JmhJson.kernel("fib", "sequential", 2, 200, 2),
                        JmhJson.kernel("fib", "platform-pool", 2, 101, 1),
                        JmhJson.kernel("primes", "sequential", 2, 50, 1))
                .dir();
    }

    @Test
    void comparesTwoBundlesWithRatiosSignificanceAndNormalisedScaling() throws IOException {
        Path fast = BundleFixture.cpuBundle(tmp.resolve("fast")).label("fast").dir();
        Path slow = slowMachine();
        Path out = tmp.resolve("cmp.md");
        Cli.Run r = Cli.run(fast.toString(), slow.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(out);
        assertTrue(md.contains("| field | testbox | slow |"), md);
        assertTrue(md.contains("| sequential | 1 | 100 [97.4\u2013103] | 200 [195\u2013205] | 0.50\u00d7 [0.49\u20130.51] |"), md);
        assertTrue(md.contains("primes tasks=8 (avgt): only on slow"), "workload on one machine listed: " + md);
        assertTrue(md.contains("| platform-pool | 2 | 1.95\u00d7 | 1.98\u00d7 |"), "normalised to own sequential: " + md);
        assertTrue(md.contains("benchmark sets differ"), md);
        try (var s = Files.list(fast)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().equals("report.md")), "bundles untouched");
        }
        assertEquals(0, Cli.run(fast.toString(), slow.toString(), "-o", out.toString()).exit(),
                "its own earlier output may be replaced");
    }

    @Test
    void refusesToOverwriteAFileItDidNotWrite() throws IOException {
        Path fast = BundleFixture.cpuBundle(tmp.resolve("fast")).dir();
        Path mine = Files.writeString(tmp.resolve("notes.md"), "my notes");
        Cli.Run r = Cli.run(fast.toString(), slowMachine().toString(), "-o", mine.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("refusing to overwrite"), r.err());
        assertEquals("my notes", Files.readString(mine));
    }

    @Test
    void anIncompleteBundleMakesTheComparisonExitThree() throws IOException {
        Path fast = BundleFixture.cpuBundle(tmp.resolve("fast")).dir();
        Path slow = slowMachine();
        Files.writeString(slow.resolve("cores-2/bench-cpu.json"), "[ {");
        Cli.Run r = Cli.run(fast.toString(), slow.toString(), "-o", tmp.resolve("c.md").toString());
        assertEquals(3, r.exit(), r.all());
        assertTrue(r.err().contains("cores-2/bench-cpu.json: malformed JSON"), r.err());
    }
}
