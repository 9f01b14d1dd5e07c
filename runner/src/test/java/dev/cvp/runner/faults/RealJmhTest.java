package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cvp.bundle.Cell;
import dev.cvp.bundle.CellState;
import dev.cvp.bundle.jmh.JmhResult;
import dev.cvp.bundle.jmh.JmhResultFile;
import dev.cvp.bundle.jmh.Metric;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same faults through real JMH: {@code tiny.jar} (TinyBenchmark, real forks, the real
 * CoreCountProfiler) under the real smoke profile, with faults injected through JMH's own
 * {@code -jvm} option: a fork JVM that sees the wrong core count, one that crashes, one that hangs
 * with a child process of its own; and Ctrl-C while such a fork runs.
 */
class RealJmhTest {

    @TempDir
    Path tmp;

    private Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** A sandbox whose cpu module runs tiny.jar under the real smoke profile alone. */
    private Sandbox jmh() {
        Sandbox s = new Sandbox(tmp);
        s.smokeProfileOnly();
        return s.set("CVP_BENCH_JAR_CPU", TestJars.tinyJmhJar());
    }

    /** A JVM for JMH's -jvm: a shell script that does {@code forked} for the fork, else runs java. */
    private Path wrapper(Sandbox s, String name, String comment, String forked) {
        return s.script(name, "#!/bin/sh",
                "# " + comment + " (JMH first asks the JVM for its properties, then forks ForkedMain)",
                "case \"$*\" in *ForkedMain*) " + forked + " ;; esac",
                "exec '" + java() + "' \"$@\"");
    }

    /** A fork that hangs with a child process whose pid goes to {@code pids}. */
    private Path hangingJava(Sandbox s, Path pids) {
        return wrapper(s, "hang-java", "a fork JVM that hangs, with a child process of its own",
                "sleep 300 & echo $! >>'" + pids + "'; wait; exit 0");
    }

    @Test
    void realCellsPassTheCoreCountCheckAndGetAReport() throws IOException {
        int two = Sandbox.top();
        try (Sandbox s = jmh()) {
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--label", "real");
            assertEquals(0, r.exitCode(), "cells ok and the report complete: " + r.output());
            Path b = s.bundle();
            assertEquals(Bundles.all("ok", List.of("bench-cpu"), Sandbox.cores()), Bundles.states(b));
            JmhResultFile.Contents c = JmhResultFile.read(b.resolve("cores-" + two + "/bench-cpu.json"), "result");
            assertEquals(List.of(), c.problems());
            JmhResult result = c.results().get(0);
            Map.Entry<String, Metric> cpus = result.secondaryMetrics().entrySet().stream()
                    .filter(e -> e.getKey().endsWith("cpus")).findFirst().orElseThrow();
            assertEquals(two, cpus.getValue().score(), "the fork saw the pinned core count");
            assertTrue(Files.readString(b.resolve("cores-" + two + "/bench-cpu.log"))
                    .contains("-XX:ActiveProcessorCount=" + two), "the fork got -XX:ActiveProcessorCount");
            assertEquals(jmhVersion(), Bundles.machine(b).jmhVersion(), "jmhVersion read from the jar");
            List<String> archives = new java.util.ArrayList<>();
            for (int k : Sandbox.cores()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("# VM options: .*-XX:SharedArchiveFile=(\\S+)")
                        .matcher(Files.readString(b.resolve("cores-" + k + "/bench-cpu.log")));
                assertTrue(m.find(), "the forks at " + k + " core(s) got a class-data archive");
                archives.add(m.group(1));
            }
            assertEquals(1, archives.stream().distinct().count(), "one archive for the module's forks: " + archives);
            assertTrue(archives.get(0).endsWith("/bench-cpu.jsa"), archives.get(0));
            assertFalse(Files.exists(Path.of(archives.get(0)).getParent()), "the run removed its archives' folder");
            assertTrue(Bundles.nonEmpty(b.resolve("report.md")), "report.md rendered");
        }
    }

    @Test
    void aForkThatSeesTheWrongCoreCountFailsTheCell() {
        try (Sandbox s = jmh()) {
            Path wrong = s.script("wrongcpus-java", "#!/bin/sh",
                    "# a JVM that sees one processor more than the cell was pinned to",
                    "for a in \"$@\"; do",
                    "  shift",
                    "  case $a in",
                    "    -XX:ActiveProcessorCount=*) set -- \"$@\" \"-XX:ActiveProcessorCount=$((${a#*=} + 1))\" ;;",
                    "    *) set -- \"$@\" \"$a\" ;;",
                    "  esac",
                    "done",
                    "exec '" + java() + "' \"$@\"");
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report",
                    "--", "-jvm", wrong.toString());
            assertEquals(1, r.exitCode(), r.output());
            Cell c = Bundles.cell(s.bundle(), "bench-cpu", 1);
            assertEquals(CellState.FAILED, c.state());
            assertTrue(c.reason().contains("core-count check failed: this fork sees 2 processor(s) but the cell was"
                    + " pinned to 1"), "the profiler's message: " + c.reason());
        }
    }

    @Test
    void aCrashingForkFailsTheCellWithItsExitCode() {
        try (Sandbox s = jmh()) {
            Path crash = wrapper(s, "crash-java", "a fork JVM that crashes", "exit 134");
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report",
                    "--", "-jvm", crash.toString());
            assertEquals(1, r.exitCode(), r.output());
            Cell c = Bundles.cell(s.bundle(), "bench-cpu", 1);
            assertEquals(CellState.FAILED, c.state());
            assertEquals(134, c.exitCode(), "the fork's exit code");
            assertTrue(c.logTail().contains("forked VM failed with exit code 134"), c.logTail());
        }
    }

    @Test
    void aHangingForkTimesOutLeavingNoProcess() throws IOException {
        try (Sandbox s = jmh()) {
            Path pids = tmp.resolve("hang.pids");
            Path hang = hangingJava(s, pids);
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--cell-timeout",
                    "8s", "--no-report", "--", "-jvm", hang.toString());
            assertEquals(1, r.exitCode(), r.output());
            Cell c = Bundles.cell(s.bundle(), "bench-cpu", 1);
            assertEquals(CellState.FAILED, c.state());
            assertTrue(c.reason().startsWith("timed out after 8s"), c.reason());
            assertNothingLeft(s, hang, pids);
        }
    }

    @Test
    void ctrlCWhileARealForkRunsLeavesNoProcess() throws IOException {
        assumeFalse(Processes.sigintIgnored(), "SIGINT is ignored here (a background job of a shell)");
        try (Sandbox s = jmh()) {
            Path pids = tmp.resolve("hang.pids");
            Path hang = hangingJava(s, pids);
            RunnerProcess runner = s.start("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report",
                    "--", "-jvm", hang.toString());
            Processes.waitUntil("the fork runs", () -> Bundles.nonEmpty(pids));
            Processes.signal(runner.pid(), "INT");
            RunnerProcess.Result r = runner.await();
            assertEquals(130, r.exitCode(), r.output());
            assertEquals(CellState.PENDING, Bundles.cell(s.bundle(), "bench-cpu", 1).state());
            assertEquals(1, Files.readAllLines(pids).size(), "one fork was started");
            assertNothingLeft(s, hang, pids);
        }
    }

    /** The version of the jmh-core this module is built with (and tiny.jar carries). */
    private static String jmhVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = org.openjdk.jmh.Main.class.getResourceAsStream(
                "/META-INF/maven/org.openjdk.jmh/jmh-core/pom.properties")) {
            p.load(in);
        }
        return p.getProperty("version");
    }

    /**
     * No JMH runner, fork wrapper or fork child is left. (A time limit may strike before JMH got to
     * its fork on a busy machine: then no child was started, which is fine here.)
     */
    private static void assertNothingLeft(Sandbox s, Path hang, Path pids) throws IOException {
        assertEquals(List.of(), Processes.describe(Processes.mentioning(hang.toString())), "no fork left");
        assertEquals(List.of(), Processes.describe(Processes.mentioning(s.results.toString())), "no JMH runner left");
        List<String> children = Files.exists(pids) ? Files.readAllLines(pids) : List.of();
        for (String pid : children) {
            assertFalse(ProcessHandle.of(Long.parseLong(pid.strip())).map(ProcessHandle::isAlive).orElse(false),
                    "the fork's child " + pid + " is gone");
        }
    }
}
