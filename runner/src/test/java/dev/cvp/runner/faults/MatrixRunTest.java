package dev.cvp.runner.faults;

import static dev.cvp.runner.faults.Bundles.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.Cell;
import dev.cvp.bundle.Machine;
import dev.cvp.bundle.Run;
import dev.cvp.runner.machine.Cpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A healthy run writes the bundle DESIGN.md describes, with the JMH options, pinning and
 * core-count check every cell needs; profiles are merged (a later option replaces an earlier
 * one) and a bad one stops the run before anything is written.
 */
class MatrixRunTest {

    @TempDir
    Path tmp;

    @Test
    void aHealthyRunWritesTheBundle() throws IOException {
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            Path profiles = tmp.resolve("profiles");
            profile(profiles, "smoke", "# test profile\n#! cell-timeout=5m\n#! expect=2m\n-f 1 -wi 0 -i 1 # comment\n-r 100ms");
            profile(profiles, "bench-cpu.smoke",
                    "-p tasks={tasks} -jvmArgsAppend -Xmx64m\n-jvmArgsAppend -Dcvp.test=1\n#! cell-timeout=7m");
            profile(profiles, "bench-io.smoke", "-i 2 -p size=1 -p tasks=3");
            s.set("CVP_PROFILES_DIR", profiles);
            RunnerProcess.Result r = s.run("--modules", "cpu,io", "--cores", Sandbox.coresArg(), "--profile", "smoke",
                    "--label", "matrix", "--no-report", "--", "-jvmArgsAppend", "-Dextra=1");
            assertEquals(0, r.exitCode(), r.output());
            int invocations = 2 * Sandbox.cores().size();
            assertTrue(r.output().contains("plan: " + invocations + " JMH invocation(s), about " + 2 * invocations + "m "),
                    "the plan from the profiles' expect before the first cell: " + r.output());
            Path b = s.bundle();
            assertTrue(b.getFileName().toString().matches("\\d{8}T\\d{4}Z-matrix"), b.toString());
            List<String> modules = List.of("bench-cpu", "bench-io");
            assertEquals(Bundles.all("ok", modules, Sandbox.cores()), Bundles.states(b), "module-major order");
            assertEquals(2 * Sandbox.cores().size(), s.starts().size(), "each cell ran exactly once: " + s.starts());
            for (String f : List.of("machine.json", "run.json", "cores-1/bench-cpu.json", "cores-1/bench-cpu.log",
                    "cores-" + two + "/bench-io.json", "cores-" + two + "/bench-io.log")) {
                assertTrue(Bundles.nonEmpty(b.resolve(f)), "bundle has " + f);
            }
            assertEquals(List.of(), Bundles.temporaries(b), "no temporary files left");
            assertFalse(Bundles.locked(b), "the lock is released");
            assertEquals(List.of(), Bundles.files(s.registry), "the runner is unregistered");

            Machine m = Bundles.machine(b);
            assertEquals("matrix", m.label());
            assertEquals(Sandbox.cores(), m.cores());
            assertEquals(modules, m.modules());
            assertEquals("smoke", m.profile());
            assertEquals(8, m.tasks(), "tasks = 4 x the largest core count, at least 8");
            for (Object fact : new Object[] {m.startedAt(), m.hostName(), m.logicalCpus(), m.availableCpus(), m.osName(),
                    m.osVersion(), m.arch(), m.jvmVendor(), m.jvmVersion(), m.memoryTotalMiB(), m.pinningEnforced()}) {
                assertNotNull(fact, "machine.json facts: " + m);
            }
            assertNull(m.gitCommit(), "no git repository visible");

            Run run = Bundles.run(b);
            assertEquals(0, cell(b, "bench-io", two).exitCode());
            assertNotNull(cell(b, "bench-io", 1).seconds());
            assertEquals(2, cell(b, "bench-cpu", 1).results());
            assertEquals(2, Bundles.validResults(b, "cores-1/bench-cpu.json"));
            assertEquals(420L, run.settings().cellTimeoutSeconds().get("bench-cpu"), "a module profile's time limit");
            assertEquals(300L, run.settings().cellTimeoutSeconds().get("bench-io"), "the common profile's time limit");
            assertEquals("-Xmx64m -Dcvp.test=1 -Dextra=1", run.settings().jvmArgsAppend().get("bench-cpu"),
                    "every -jvmArgsAppend merged into one");
            assertEquals(List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms", "-p", "tasks=8"),
                    run.settings().jmhArgs().get("bench-cpu"), "{tasks} substituted, comments dropped");
            assertEquals(List.of("-f", "1", "-wi", "0", "-r", "100ms", "-i", "2", "-p", "size=1", "-p", "tasks=3"),
                    run.settings().jmhArgs().get("bench-io"), "a module profile's option replaces the common one");

            String command = firstLine(b.resolve("cores-" + two + "/bench-cpu.log"));
            assertTrue(command.contains("-XX:ActiveProcessorCount=" + two + " -Djmh.ignoreLock=true -jar "), command);
            assertTrue(command.contains("-prof dev.cvp.support.CoreCountProfiler:" + two), command);
            assertTrue(command.contains("-jvmArgsAppend '-Xmx64m -Dcvp.test=1 -Dextra=1 -XX:ActiveProcessorCount="
                    + two + " -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="), "ours last: " + command);
            assertTrue(command.contains("-f 1 -wi 0 -i 1 -r 100ms -p tasks=8 -prof"), command);
            assertTrue(firstLine(b.resolve("cores-1/bench-io.log"))
                    .contains("-f 1 -wi 0 -r 100ms -i 2 -p size=1 -p tasks=3 -prof"), "what JMH got");
            if (Boolean.TRUE.equals(m.pinningEnforced())) {
                String pinned = Cpus.compress(Cpus.available().subList(0, two));
                assertTrue(command.contains("taskset -c " + pinned + " "), command);
                Cell c = cell(b, "bench-cpu", two);
                assertEquals(pinned, c.pinnedCpus());
                assertEquals(pinned, c.observedAffinity() == null ? pinned : c.observedAffinity(),
                        "the affinity the running JVM had (when it was seen)");
                assertEquals(pinned, m.cellCpus().get(Integer.toString(two)));
            }
            assertTrue(r.output().contains("[" + 2 * Sandbox.cores().size() + "/" + 2 * Sandbox.cores().size()
                    + "] bench-io @ " + two + " " + (two == 1 ? "core" : "cores") + " ... ok in"), r.output());
        }
    }

    @Test
    void withoutTasksetTheRunWarnsAndRecordsIt() throws IOException {
        int two = Sandbox.top();
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_NO_TASKSET", "1");
            RunnerProcess.Result r = s.run("--modules", "process", "--cores", Integer.toString(two), "--profile",
                    "smoke", "--label", "nopin", "--no-report");
            assertEquals(0, r.exitCode(), r.output());
            assertTrue(r.output().contains("taskset not found"), r.output());
            Path b = s.bundle();
            Machine m = Bundles.machine(b);
            assertEquals(Boolean.FALSE, m.pinningEnforced());
            assertNull(m.cellCpus().get(Integer.toString(two)), "no CPU list for the cells");
            assertNull(cell(b, "bench-process", two).pinnedCpus());
            String command = firstLine(b.resolve("cores-" + two + "/bench-process.log"));
            assertTrue(command.startsWith("# runner: ") && !command.contains("taskset"), command);
            assertTrue(command.contains("-XX:ActiveProcessorCount=" + two), "the JVM flag still pins: " + command);
        }
    }

    @Test
    void defaultsRunEveryModuleAtEveryCoreCountAndRenderTheReport() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            // the checkout has two of the modules, and no jar stands in for another: the defaults pick those
            s.set("CVP_BENCH_JAR_IO", null);
            for (String m : List.of("bench-cpu", "bench-process")) {
                Files.createDirectories(s.checkout.resolve(m));
                Files.writeString(s.checkout.resolve(m).resolve("pom.xml"), "<project/>\n");
            }
            RunnerProcess.Result r = s.run();
            Path b = s.bundle();
            Machine m = Bundles.machine(b);
            assertEquals(List.of("bench-cpu", "bench-process"), m.modules(), "every module of the checkout");
            List<Integer> cores = new ArrayList<>();
            int limit = Cpus.available().size();
            for (int k = 1; k < limit; k *= 2) {
                cores.add(k);
            }
            cores.add(limit);
            assertEquals(cores, m.cores(), "1, 2, 4 ... up to the CPUs the runner may use");
            assertEquals("quick", m.profile());
            assertEquals(b.getFileName().toString().replaceFirst("^.*Z-", ""), m.label(), "label from the host name");
            assertEquals(Bundles.all("ok", m.modules(), cores), Bundles.states(b));
            assertTrue(Bundles.nonEmpty(b.resolve("report.md")), "the report is rendered: " + r.output());
            assertTrue(r.output().contains(b.resolve("report.md").toString()), "says where: " + r.output());
            assertEquals(r.output().contains("report: " + b.resolve("report.md")) ? 0 : 3, r.exitCode(),
                    "0 with a complete report, 3 with an incomplete one: " + r.output());
        }
    }

    @Test
    void theGitCommitOfTheCheckoutIsRecorded() throws Exception {
        try (Sandbox s = new Sandbox(tmp)) {
            s.set("CVP_ROOT", Sandbox.PROJECT).set("GIT_DIR", null);
            String before = head();
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report");
            String after = head();
            assertEquals(0, r.exitCode(), r.output());
            Machine m = Bundles.machine(s.bundle());
            if (before == null) {
                assertNull(m.gitCommit(), "outside a git checkout");
            } else {
                assertTrue(m.gitCommit() != null && (m.gitCommit().equals(before) || m.gitCommit().equals(after)),
                        "HEAD " + before + " / " + after + ", recorded " + m.gitCommit());
                assertNotNull(m.gitDirty());
            }
        }
    }

    @Test
    void aProfileWithABadDirectiveStopsTheRunBeforeAnythingIsWritten() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            Path profiles = tmp.resolve("profiles");
            profile(profiles, "smoke", "#! cell-timout=5m\n-f 1");
            s.set("CVP_PROFILES_DIR", profiles);
            RunnerProcess.Result r = s.run("--modules", "cpu", "--cores", "1", "--profile", "smoke", "--no-report");
            assertEquals(1, r.exitCode(), r.output());
            assertEquals("bench.sh: " + profiles.resolve("smoke.jmh") + ": unknown directive '#! cell-timout'; known:"
                    + " cell-timeout, rounds, expect, budget, target, deadline", r.output().strip(), "one line naming the file and the directive");
            assertEquals(List.of(), s.bundles(), "nothing written");
        }
    }

    private static void profile(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(name + ".jmh"), text + "\n");
    }

    private static String firstLine(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    }

    /** The checkout's HEAD, or null outside a git checkout. */
    private static String head() throws IOException, InterruptedException {
        Process git = new ProcessBuilder("git", "-C", Sandbox.PROJECT.toString(), "rev-parse", "--verify", "-q", "HEAD")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 && !out.isEmpty() ? out : null;
    }
}
