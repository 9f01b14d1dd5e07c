import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for a module's benchmarks.jar in the scripts test suite: it takes the command
 * line bench.sh gives JMH, behaves like JMH on the console and in its -rff file, and can be
 * told to misbehave, so crashes, hangs and kills are tested in seconds, not minutes.
 *
 * <p>Like JMH it forks: it starts one child JVM (running this class with --child) and waits
 * for it, so "no orphan process" is checked against a real process tree. It really checks
 * the core count the way dev.cvp.harness.CoreCountProfiler does: Runtime.availableProcessors()
 * must equal the k of {@code -prof dev.cvp.harness.CoreCountProfiler:k}, and
 * {@code -XX:ActiveProcessorCount=k} must be in -jvmArgsAppend.
 *
 * <p>What each cell does comes from CVP_FAKE_PLAN, e.g. {@code "bench-io@2=crash,*=ok"}
 * (first match wins; module and core count come from the -rff path bench.sh chooses):
 * ok, slow:SECONDS, hang, crash (a fork dies, JMH goes on and exits 0), die (the JMH
 * runner JVM itself dies with 134), fail (every benchmark throws), partial (one of two
 * benchmarks throws), garbage (a truncated result file), fill (fill the disk, then try to
 * write results). Every start is appended to the file CVP_FAKE_COUNTER as
 * "module cores action pid".
 */
public final class FakeBench {

    private static final String[] BENCHMARKS = {"sequential", "parallel"};

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
                case "-prof" -> prof = args[++i];
                case "-jvmArgsAppend" -> jvmAppend = args[++i];
                default -> { }
            }
        }
        if (rff == null) {
            System.out.println("ERROR: no -rff given");
            System.exit(1);
        }
        Path out = Path.of(rff);
        String module = out.getFileName().toString().replaceFirst("^\\.", "").replaceFirst("\\.json.*$", "");
        String cores = out.getParent().getFileName().toString().replaceFirst("^cores-", "");
        String action = plan(module, cores);
        counter(module + " " + cores + " " + action + " " + ProcessHandle.current().pid());
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

        System.out.println("# JMH version: 1.37 (fake, scripts/test/FakeBench.java)");
        Process child = fork(out);
        List<String> results = new ArrayList<>();
        String[] parts = action.split(":");
        for (int b = 0; b < BENCHMARKS.length; b++) {
            System.out.println("# Benchmark: dev.cvp.fake.FakeBenchmark.run");
            System.out.println("# Parameters: (strategy = " + BENCHMARKS[b] + ")");
            System.out.println("# Fork: 1 of 1");
            System.out.flush();
            if (coreProblem != null) {
                failure(coreProblem);
                continue;
            }
            switch (parts[0]) {
                case "slow" -> Thread.sleep((long) (Double.parseDouble(parts[1]) * 500));
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
                        if (parts[0].equals("crash")) {
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
            results.add(result(BENCHMARKS[b], seen));
        }
        child.destroy();
        child.waitFor();

        String json = "[\n" + String.join(",\n", results) + "\n]\n";
        if (parts[0].equals("garbage")) {
            json = json.substring(0, json.length() / 2);
        }
        if (parts[0].equals("fill")) {
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

    private static String plan(String module, String cores) {
        String plan = System.getenv().getOrDefault("CVP_FAKE_PLAN", "*=ok");
        for (String entry : plan.split(",")) {
            String[] kv = entry.split("=", 2);
            if (kv.length == 2 && matches(kv[0].trim(), module, cores)) {
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

    private static Process fork(Path marker) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        String jar = FakeBench.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        return new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-cp", jar,
                "FakeBench", "--child", marker.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void failure(String message) {
        System.out.println("Iteration   1: <failure>\n\n" + message + "\n\tat dev.cvp.fake.FakeBenchmark.run(Fake.java:1)\n");
    }

    private static String result(String strategy, int cpus) {
        return "  {\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.cvp.fake.FakeBenchmark.run\", \"mode\": \"thrpt\","
                + " \"threads\": 1, \"forks\": 1, \"params\": {\"strategy\": \"" + strategy + "\"},"
                + " \"primaryMetric\": {\"score\": 1.0, \"scoreError\": \"NaN\", \"scoreUnit\": \"ops/s\","
                + " \"rawData\": [[1.0]]},"
                + " \"secondaryMetrics\": {\"cpus\": {\"score\": " + cpus + ", \"scoreError\": \"NaN\","
                + " \"scoreUnit\": \"#\", \"rawData\": [[" + cpus + "]]}}}";
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
