package dev.cvp.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.cvp.runner.machine.Procfs;

/**
 * The runners measuring on this machine now: one file per live runner in a shared folder
 * (default {@code /tmp/cvp-bench-runs}), named by its pid and holding its bundle. A second run
 * is warned that the two disturb each other, and its cells measured meanwhile are marked.
 * Entries of runners that were killed are removed by whoever meets them.
 */
public final class RunRegistry implements AutoCloseable {

    private final Path dir;
    private final long me = ProcessHandle.current().pid();
    private Path entry;

    public RunRegistry(Path dir) {
        this.dir = dir;
    }

    /** A live runner and the bundle it writes. */
    public record Other(long pid, String bundle) {
    }

    /** Lists this runner (first, so that of two starting together at least one is told). */
    public void register(Path bundle) {
        try {
            Files.createDirectories(dir);
            dir.toFile().setWritable(true, false);
            entry = dir.resolve(Long.toString(me));
            Files.writeString(entry, bundle + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            entry = null;
        }
    }

    /** The other live runners. */
    public List<Other> others() {
        List<Other> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                if (!name.matches("\\d+") || Long.parseLong(name) == me) {
                    continue;
                }
                long pid = Long.parseLong(name);
                if (isLiveRunner(pid)) {
                    String bundle = Files.readAllLines(p).stream().findFirst().orElse("?");
                    out.add(new Other(pid, bundle));
                } else {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // no registry folder: no other runner registered
        }
        return out;
    }

    /** Is {@code pid} a live runner (this program, started by bench.sh or a test)? */
    public static boolean isLiveRunner(long pid) {
        Optional<ProcessHandle> h = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (h.isEmpty()) {
            return false;
        }
        String cmd = Procfs.commandLine(Procfs.dir(pid)).or(() -> h.get().info().commandLine()).orElse("");
        return cmd.contains("runner.jar") || cmd.contains("dev.cvp.runner.BenchCommand");
    }

    @Override
    public void close() {
        if (entry != null) {
            try {
                Files.deleteIfExists(entry);
            } catch (IOException e) {
                // left behind: the next runner removes it
            }
        }
    }
}
