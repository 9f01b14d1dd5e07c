package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jars are built when missing or older than their sources, not otherwise; a module that does not
 * build has its cells skipped and the build log is kept. The runner works on a scratch checkout
 * whose {@code mvnw} is a stand-in that records its arguments and "builds" a module by copying
 * FakeBench's jar into place (or fails for a module holding a BROKEN file). File times are set,
 * not waited for.
 */
class JarBuildTest {

    /** When the scratch checkout's sources were "written"; jars built in the test are newer. */
    private static final Instant LONG_AGO = Instant.now().minus(Duration.ofHours(3));

    @TempDir
    Path tmp;

    @Test
    void jarsAreBuiltWhenStaleAndAModuleThatDoesNotBuildIsSkipped() throws IOException {
        try (Sandbox s = new Sandbox(tmp)) {
            Path repo = s.checkout;
            Path calls = tmp.resolve("mvn.calls");
            checkout(s, calls);
            for (String m : List.of("CPU", "IO", "PROCESS")) {
                s.set("CVP_BENCH_JAR_" + m, null);
            }
            String[] cpuIo = {"--modules", "cpu,io", "--cores", "1", "--profile", "smoke", "--no-report"};

            RunnerProcess.Result r = s.run(cpuIo);
            assertEquals(0, r.exitCode(), "missing jars: built, cells ok: " + r.output());
            List<String> made = Files.readAllLines(calls);
            assertEquals(1, made.size(), "one Maven run: " + made);
            assertTrue(made.get(0).startsWith("-B -q -pl bench-cpu,bench-io -am --fail-at-end package -DskipTests "),
                    "only the stale modules, with what they need: " + made);
            assertTrue(made.get(0).endsWith(" JAVA_HOME=" + System.getProperty("java.home")),
                    "Maven runs on the runner's JDK: " + made);
            Path b = s.bundle();
            assertTrue(Bundles.files(b).stream().anyMatch(f -> f.getFileName().toString().matches("build-.*\\.log")),
                    "the build log is kept in the bundle");

            assertEquals(0, s.run(cpuIo).exitCode());
            assertEquals(1, Files.readAllLines(calls).size(), "jars newer than their sources: no build");

            age(repo.resolve("bench-cpu/target/benchmarks.jar"), 1);
            age(repo.resolve("bench-io/target/benchmarks.jar"), 1);
            age(repo.resolve("bench-support/src/main/java/A.java"), 2);
            r = s.run("--modules", "io", "--cores", "1", "--profile", "smoke", "--no-report");
            made = Files.readAllLines(calls);
            assertEquals(0, r.exitCode(), r.output());
            assertEquals(2, made.size(), "a dependency's source changed: rebuilt: " + made);
            assertTrue(made.get(1).startsWith("-B -q -pl bench-io -am "), "only the module asked for: " + made);

            Files.writeString(repo.resolve("bench-io/BROKEN"), "");
            age(repo.resolve("bench-io/target/benchmarks.jar"), 1);
            r = s.run("--modules", "cpu,io", "--cores", "1", "--profile", "smoke", "--label", "broken", "--no-report");
            assertEquals(1, r.exitCode(), "a module that does not build: " + r.output());
            assertEquals(3, Files.readAllLines(calls).size());
            b = s.bundle("broken");
            assertEquals("bench-cpu@1=ok bench-io@1=skipped", Bundles.states(b), "its cells skipped, the others run");
            String reason = Bundles.cell(b, "bench-io", 1).reason();
            assertTrue(reason.matches(".*could not be built.*COMPILATION ERROR.*"), "quotes Maven: " + reason);
            assertTrue(r.output().contains("could not build bench-io"), r.output());

            Files.delete(repo.resolve("bench-io/BROKEN"));
            r = s.run("--resume", b.toString(), "--no-report");
            assertEquals(0, r.exitCode(), "fixed, then resumed: " + r.output());
            assertEquals("bench-cpu@1=ok bench-io@1=ok", Bundles.states(b));
        }
    }

    /**
     * A checkout with bench-support, bench-cpu and bench-io (each depending on bench-support), all
     * sources dated {@link #LONG_AGO}, and the recording mvnw.
     */
    private static void checkout(Sandbox s, Path calls) throws IOException {
        Path repo = s.checkout;
        Files.writeString(repo.resolve("pom.xml"), "<project><artifactId>cvp-parent</artifactId></project>\n");
        for (String m : List.of("bench-support", "bench-cpu", "bench-io")) {
            Path src = repo.resolve(m).resolve("src/main/java/A.java");
            Files.createDirectories(src.getParent());
            Files.writeString(repo.resolve(m).resolve("pom.xml"), "<project><artifactId>" + m + "</artifactId><dependencies>"
                    + "<dependency><artifactId>bench-support</artifactId></dependency></dependencies></project>\n");
            Files.writeString(src, "class A {}\n");
            Files.setLastModifiedTime(src, FileTime.from(LONG_AGO));
            Files.setLastModifiedTime(repo.resolve(m).resolve("pom.xml"), FileTime.from(LONG_AGO));
        }
        Files.setLastModifiedTime(repo.resolve("pom.xml"), FileTime.from(LONG_AGO));
        s.script("checkout/mvnw", "#!/bin/sh",
                "# stand-in Maven wrapper: records its arguments, 'builds' each module of -pl by copying a jar",
                "printf '%s JAVA_HOME=%s\\n' \"$*\" \"$JAVA_HOME\" >>'" + calls + "'",
                "list=''",
                "while [ $# -gt 0 ]; do [ \"$1\" = -pl ] && list=$2; shift; done",
                "rc=0",
                "for m in $(echo \"$list\" | tr ',' ' '); do",
                "  if [ -f \"" + repo + "/$m/BROKEN\" ]; then",
                "    echo \"[ERROR] COMPILATION ERROR: $m/src/main/java/A.java:[1,1] broken on purpose\"; rc=1; continue",
                "  fi",
                "  mkdir -p \"" + repo + "/$m/target\" && cp '" + TestJars.fakeJar() + "' \"" + repo + "/$m/target/benchmarks.jar\"",
                "done",
                "exit $rc");
        Files.createFile(calls);
    }

    /** Dates a file {@code hours} hours after {@link #LONG_AGO}, when the sources were written. */
    private static void age(Path file, int hours) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(LONG_AGO.plus(Duration.ofHours(hours))));
    }
}
