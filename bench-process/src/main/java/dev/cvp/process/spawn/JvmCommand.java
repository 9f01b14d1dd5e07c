package dev.cvp.process.spawn;

import dev.cvp.process.worker.WorkerMain;
import dev.cvp.process.worker.WorkerMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument list that starts a worker JVM: the parent's own {@code java}, its classpath, and a
 * few flags. Never a shell command line: no quoting, no word splitting, no interpretation.
 *
 * <p>Workers inherit the parent's CPU affinity from the OS ({@code taskset} pins the whole process
 * tree). {@code -XX:ActiveProcessorCount} is passed on as well, so that a worker sizes its GC and
 * JIT threads for the same core count the parent sees. Nothing else is tuned: a worker must
 * compute at full speed (no {@code TieredStopAtLevel}), just as a thread of the parent would.
 */
public final class JvmCommand {

    private static final Path JAVA = ProcessHandle.current().info().command()
            .map(Path::of)
            .filter(Files::isExecutable)
            .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));

    private JvmCommand() {
    }

    /**
     * The {@code java} launcher of the running JVM: the executable of this process when the OS
     * reports it, otherwise {@code $java.home/bin/java}.
     */
    public static Path javaExecutable() {
        return JAVA;
    }

    /** The JVM flags every worker gets; see the class comment for why there are so few. */
    public static List<String> workerFlags() {
        return List.of(
                "-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors(),
                "-Xshare:auto");
    }

    /** The full argument list of a worker JVM running {@code mode} with {@code args}. */
    public static List<String> worker(WorkerMode mode, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(workerFlags());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(WorkerMain.class.getName());
        command.add(mode.word());
        command.addAll(args);
        return command;
    }

    /**
     * A process builder for a worker: stdin and stdout are pipes to the parent (the protocol),
     * stderr goes where the parent's goes, so a worker's error shows up in the benchmark log.
     */
    public static ProcessBuilder builder(WorkerMode mode, String... args) {
        return new ProcessBuilder(worker(mode, List.of(args)))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
