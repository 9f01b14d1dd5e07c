package dev.cvp.support.jvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The argument list that starts a child JVM running one main class of this module: the running
 * JVM's own {@code java}, its class path, the processor count it sees, and the few flags the child
 * asks for. Never a shell command line: no quoting, no word splitting, no interpretation.
 *
 * <p>The child inherits the parent's CPU affinity from the OS ({@code taskset} pins the whole
 * process tree); {@code -XX:ActiveProcessorCount} is passed on too, so that the child sizes its
 * GC, JIT and pools for the core count of the cell, as the parent does.
 *
 * <pre>{@code
 * Process p = JvmCommand.of(WorkerMain.class).flags("-Xshare:auto").args("serve").processBuilder().start();
 * }</pre>
 */
public final class JvmCommand {

    private static final Path JAVA = ProcessHandle.current().info().command()
            .map(Path::of)
            .filter(Files::isExecutable)
            .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));

    private final String mainClass;
    private final List<String> flags = new ArrayList<>();
    private final List<String> args = new ArrayList<>();

    private JvmCommand(String mainClass) {
        this.mainClass = mainClass;
    }

    /** A child JVM that runs {@code mainClass} from this JVM's class path. */
    public static JvmCommand of(Class<?> mainClass) {
        return new JvmCommand(mainClass.getName());
    }

    /**
     * The {@code java} launcher of the running JVM: the executable of this process when the OS
     * reports it, otherwise {@code $java.home/bin/java}.
     */
    public static Path javaExecutable() {
        return JAVA;
    }

    /** Adds JVM flags (before the main class), e.g. {@code -Xmx512m}. */
    public JvmCommand flags(String... jvmFlags) {
        flags.addAll(List.of(jvmFlags));
        return this;
    }

    /** Adds program arguments (after the main class). */
    public JvmCommand args(String... programArgs) {
        return args(List.of(programArgs));
    }

    /** Adds program arguments (after the main class). */
    public JvmCommand args(List<String> programArgs) {
        args.addAll(programArgs);
        return this;
    }

    /** {@code java -XX:ActiveProcessorCount=<n> <flags> -cp <class path> <main class> <args>}. */
    public List<String> toList() {
        List<String> command = new ArrayList<>();
        command.add(JAVA.toString());
        command.add("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors());
        command.addAll(flags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        return List.copyOf(command);
    }

    /**
     * A process builder for the child: stdin and stdout are pipes to the parent, stderr goes where
     * the parent's goes, so a child's error shows up in the benchmark's log.
     */
    public ProcessBuilder processBuilder() {
        return new ProcessBuilder(toList()).redirectError(ProcessBuilder.Redirect.INHERIT);
    }
}
