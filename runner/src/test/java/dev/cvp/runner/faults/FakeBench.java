package dev.cvp.runner.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A stand-in for a module's benchmarks.jar (see {@link TestJars#fakeJar()}): it takes the command
 * line the runner gives JMH, behaves like JMH on the console and in its -rff file, and can be told
 * to misbehave, so crashes, hangs and kills are tested in seconds, not minutes.
 *
 * <p>Like JMH it forks: it starts one child JVM (running this class with --child) and waits for
 * it, so "no orphan process" is checked against a real process tree. It really checks the core
 * count the way dev.cvp.support.CoreCountProfiler does: Runtime.availableProcessors() must equal
 * the k of {@code -prof dev.cvp.support.CoreCountProfiler:k}, and
 * {@code -XX:ActiveProcessorCount=k} must be in -jvmArgsAppend.
 *
 * <p>What each cell does comes from CVP_FAKE_PLAN, e.g. {@code "bench-io@2=crash,cpu@1.r2=fail,*=ok"}
 * (first match wins; module, core count and round come from the -rff path the runner chooses,
 * {@code .r<N>} matches round N only): ok; gate (wait
 * until the file CVP_FAKE_GATE exists, at most two minutes, then as ok); hang; crash (a fork
 * dies, JMH goes on and exits 0); die (the JMH runner JVM itself dies with 134); fail (every
 * benchmark throws); partial (one of two benchmarks throws); garbage (a truncated result file);
 * fill (fill the disk at CVP_FAKE_FILL, then try to write results). Every start is appended to
 * the file CVP_FAKE_COUNTER as "module cores action pid rROUND". Each round's scores differ a little
 * (1.0 + round / 100 for the first benchmark), as real rounds' do.
 */
public final class FakeBench {

    private static final String[] BENCHMARKS = {"sequential", "parallel"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long GATE_MILLIS = 120_000;

    private FakeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && "--child".equals(args[0])) {
            Thread.sleep(600_000);
            return;
        }
        String rff = null;
        String prof = "";
        String jvmAppend = "";
        for (int i = 0; i + 1 < args.length; i++) {
            switch (args[i]) {
                case "-rff" -> rff = args[++i];
                case "-prof" -> {
                    String profiler = args[++i];
                    prof = profiler.contains("CoreCountProfiler") ? profiler : prof;
                }
                case "-jvmArgsAppend" -> jvmAppend = args[++i];
                default -> { }
            }
        }
        if (rff == null) {
            System.out.println("ERROR: no -rff given");
            System.exit(1);
        }
        Path out = Path.of(rff);
        String name = out.getFileName().toString().replaceFirst("^\\.", "");
        String module = name.substring(0, name.indexOf('.'));
        int round = name.matches("[^.]+\\.r\\d+\\..*") ? Integer.parseInt(name.split("\\.")[1].substring(1)) : 1;
        String cores = out.getParent().getFileName().toString().replaceFirst("^cores-", "");
        String action = plan(module, cores, round);
        counter(module + " " + cores + " " + action + " " + ProcessHandle.current().pid() + " r" + round);
        Files.write(out, new byte[0]); // JMH truncates its result file at start, too

        int expected = Integer.parseInt(prof.substring(prof.lastIndexOf(':') + 1));
        int seen = Runtime.getRuntime().availableProcessors();
        String coreProblem = null;
        if (seen != expected) {
            coreProblem = "java.lang.IllegalStateException: core-count check failed: this fork sees "
                    + seen + " processor(s) but the cell was pinned to " + expected;
        } else if (!(" " + jvmAppend + " ").contains(" -XX:ActiveProcessorCount=" + expected + " ")) {
            coreProblem = "java.lang.IllegalStateException: -jvmArgsAppend lacks -XX:ActiveProcessorCount="
                    + expected + ": '" + jvmAppend + "'";
        }

        System.out.println("# JMH version: 1.37 (fake, " + FakeBench.class.getName() + ")");
        Process child = fork(out);
        ArrayNode results = JSON.createArrayNode();
        for (int b = 0; b < BENCHMARKS.length; b++) {
            System.out.println("# Benchmark: dev.cvp.fake.FakeBenchmark.run");
            System.out.println("# Parameters: (strategy = " + BENCHMARKS[b] + ")");
            System.out.println("# Fork: 1 of 1");
            System.out.flush();
            if (coreProblem != null) {
                failure(coreProblem);
                continue;
            }
            switch (action) {
                case "gate" -> awaitGate();
                case "hang" -> Thread.sleep(600_000);
                case "die" -> {
                    System.out.println("# fake: the runner JVM dies now");
                    System.out.flush();
                    Runtime.getRuntime().halt(134);
                }
                case "fail" -> {
                    failure("java.lang.IllegalStateException: injected benchmark failure");
                    continue;
                }
                case "crash", "partial" -> {
                    if (b == 1) {
                        if (action.equals("crash")) {
                            System.out.println("<forked VM failed with exit code 134>");
                            System.out.println("<stdout last='20 lines'>\n</stdout>");
                        } else {
                            failure("java.lang.ArithmeticException: injected failure in one benchmark");
                        }
                        continue;
                    }
                }
                default -> { }
            }
            System.out.println("Iteration   1: " + (b + 1) + ".000 ops/s");
            results.add(result(BENCHMARKS[b], seen, b + 1 + round / 100.0));
        }
        child.destroy();
        child.waitFor();

        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n";
        if (action.equals("garbage")) {
            json = json.substring(0, json.length() / 2);
        }
        if (action.equals("fill")) {
            fill(Path.of(System.getenv("CVP_FAKE_FILL")));
        }
        try {
            Files.writeString(out, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.out.println("ERROR: org.openjdk.jmh.runner.RunnerException: " + e);
            System.exit(1);
        }
        System.out.println("Benchmark result is saved to " + out);
    }

    private static String plan(String module, String cores, int round) {
        String plan = System.getenv().getOrDefault("CVP_FAKE_PLAN", "*=ok");
        for (String entry : plan.split(",")) {
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            String pattern = kv[0].trim();
            int dot = pattern.indexOf(".r");
            if (dot >= 0) {
                if (Integer.parseInt(pattern.substring(dot + 2)) != round) {
                    continue;
                }
                pattern = pattern.substring(0, dot);
            }
            if (matches(pattern, module, cores)) {
                return kv[1].trim();
            }
        }
        return "ok";
    }

    private static boolean matches(String pattern, String module, String cores) {
        if (pattern.equals("*")) {
            return true;
        }
        String[] mc = pattern.split("@", 2);
        boolean moduleOk = mc[0].equals("*") || mc[0].equals(module) || ("bench-" + mc[0]).equals(module);
        boolean coresOk = mc.length == 1 || mc[1].equals("*") || mc[1].equals(cores);
        return moduleOk && coresOk;
    }

    private static void counter(String line) throws IOException {
        String file = System.getenv("CVP_FAKE_COUNTER");
        if (file != null && !file.isEmpty()) {
            Files.writeString(Path.of(file), line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    /** Waits (polling; this is the benchmark's stand-in, not a test) until the test opens the gate. */
    private static void awaitGate() throws InterruptedException {
        Path gate = Path.of(System.getenv().getOrDefault("CVP_FAKE_GATE", "/nonexistent"));
        long end = System.nanoTime() + GATE_MILLIS * 1_000_000;
        while (!Files.exists(gate) && System.nanoTime() < end) {
            Thread.sleep(50);
        }
    }

    private static Process fork(Path marker) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = Path.of(FakeBench.class.getProtectionDomain().getCodeSource().getLocation().getPath()).toString();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", jar,
                FakeBench.class.getName(), "--child", marker.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void failure(String message) {
        System.out.println("Iteration   1: <failure>\n\n" + message + "\n\tat dev.cvp.fake.FakeBenchmark.run(Fake.java:1)\n");
    }

    /** One result as JMH writes it, with the core-count profiler's "cpus" metric. */
    private static ObjectNode result(String strategy, int cpus, double score) {
        ObjectNode r = JSON.createObjectNode();
        r.put("jmhVersion", "1.37").put("benchmark", "dev.cvp.fake.FakeBenchmark.run").put("mode", "thrpt")
                .put("threads", 1).put("forks", 1);
        r.putObject("params").put("strategy", strategy);
        r.set("primaryMetric", metric(score, "ops/s"));
        r.putObject("secondaryMetrics").set("cpus", metric(cpus, "#"));
        return r;
    }

    private static ObjectNode metric(double score, String unit) {
        ObjectNode m = JSON.createObjectNode();
        m.put("score", score).put("scoreError", "NaN").put("scoreUnit", unit);
        m.putArray("rawData").addArray().add(score);
        return m;
    }

    private static void fill(Path filler) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream o = Files.newOutputStream(filler)) {
            while (true) {
                o.write(block);
            }
        } catch (IOException full) {
            System.out.println("# fake: filled the disk (" + full.getMessage() + ")");
        }
    }
}
