package dev.cvp.runner.cell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One class-data sharing archive per module for a run's JMH forks, in a temporary folder that
 * lives as long as the run. A JMH fork is a new JVM; at one core, loading and linking JMH's and
 * the benchmark's classes costs it about 0.8 s, a third of a quick fork. With
 * {@code -XX:+AutoCreateSharedArchive} the module's first fork writes the archive as it exits
 * and every later fork, at every core count, maps it instead (measured: 0.82 s to 0.49 s per fork
 * at one core). It changes how classes are loaded, not the code that is measured: forks measure
 * after warm-up, with their own JIT. The benchmarks' own child JVMs (worker JVMs, the latency
 * server) do not get it, so what bench-process measures of a JVM's start is unchanged.
 */
public final class ClassArchives implements AutoCloseable {

    private static final ClassArchives NONE = new ClassArchives(null);

    private final Path dir;

    private ClassArchives(Path dir) {
        this.dir = dir;
    }

    /**
     * A fresh folder for this run's archives; none (forks start as before) when it cannot be made
     * or its path has white space, which JMH's {@code -jvmArgsAppend} would split.
     */
    public static ClassArchives create() {
        try {
            Path d = Files.createTempDirectory("cvp-cds-");
            if (d.toString().chars().anyMatch(Character::isWhitespace)) {
                Files.delete(d);
                return NONE;
            }
            return new ClassArchives(d);
        } catch (IOException | SecurityException e) {
            return NONE;
        }
    }

    /** No archives: every fork loads its classes itself. */
    public static ClassArchives none() {
        return NONE;
    }

    /** The JVM flags that make a module's forks share its archive; "" without a folder. */
    public String forkFlags(String module) {
        if (dir == null) {
            return "";
        }
        // -Xlog:cds=off: the JVM that writes the archive lists the classes it skips as warnings
        return "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=" + dir.resolve(module + ".jsa") + " -Xlog:cds=off";
    }

    /** Removes the folder and its archives; what cannot be removed stays in the temporary folder. */
    @Override
    public void close() {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | SecurityException e) {
            // left for the OS's cleaning of its temporary folder
        }
    }
}
