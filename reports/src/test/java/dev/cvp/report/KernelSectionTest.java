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

/** bench-cpu's kernels side by side, as docs/modules/bench-cpu.md asks. */
class KernelSectionTest {

    @TempDir
    Path tmp;

    static JmhJson.Result k(String kernel, String strategy, double ms, int cores) {
        String cls = Character.toUpperCase(kernel.charAt(0)) + kernel.substring(1) + "Benchmark";
        return JmhJson.result().benchmark("dev.cvp.cpu." + cls + "." + kernel).strategy(strategy).param("tasks", "8")
                .score(ms, ms * 0.01, ms * 0.99, ms, ms * 1.01).cpus(cores);
    }

    @Test
    void fibTargetsTriadAgainstFibAndPrimesTail() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1, 2");
        for (int c : new int[] {1, 2}) {
            List<JmhJson.Result> r = new ArrayList<>();
            for (String s : List.of("sequential", "platform-pool", "fork-join", "gil", "cooperative")) {
                boolean scales = s.equals("platform-pool") || s.equals("fork-join");
                r.add(k("fib", s, scales ? 40.0 / (c == 1 ? 1 : 1.96) : 40.0, c));
                r.add(k("triad", s, scales ? 10.0 / (c == 1 ? 1 : 1.3) : 10.0, c));
                r.add(k("primes", s, scales ? 30.0 / (c == 1 ? 1 : 1.6) : 30.0, c));
            }
            f.results(c, "bench-cpu", r.toArray(JmhJson.Result[]::new));
        }
        Cli.Run run = Cli.run(f.dir().toString());
        assertEquals(0, run.exit(), run.all());
        String md = Files.readString(f.dir().resolve("report.md"));
        assertTrue(md.contains("- fib on 2 cores: platform-pool 1.96\u00d7, fork-join 1.96\u00d7 (target \u2265 1.85: reached);"
                + " gil 1.00\u00d7, cooperative 1.00\u00d7 (target \u2264 1.15: reached); sequential 1.00\u00d7"
                + " (target 0.9\u20131.1: reached)"), md);
        assertTrue(md.contains("- triad: best 1.30\u00d7 on 2 cores against fib's 1.96\u00d7: memory bandwidth, not cores,"
                + " limits it"), md);
        assertTrue(md.contains("- primes efficiency on 2 cores: fork-join 80% (fib 98%), platform-pool 80% (fib 98%):"
                + " uneven tasks leave a tail"), md);
    }
}
