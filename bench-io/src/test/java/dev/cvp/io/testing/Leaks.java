package dev.cvp.io.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Counts what could leak between operations: platform threads and open file descriptors. */
public final class Leaks {

    /** Threads the JDK itself starts and retires on its own schedule (virtual-thread carriers, common pool, timers). */
    private static final List<String> JDK_MANAGED = List.of(
            "ForkJoinPool", "CompletableFutureDelayScheduler", "VirtualThread-unparker",
            "process reaper", "Attach Listener", "Common-Cleaner", "InnocuousThread");

    private Leaks() {
    }

    /** The live platform threads now, not counting those the JDK manages itself. */
    public static Set<Thread> threads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> JDK_MANAGED.stream().noneMatch(t.getName()::startsWith))
                .collect(Collectors.toSet());
    }

    /**
     * Names of the threads alive now that were not in {@code before}, once none are left or after
     * {@code seconds}: a closed pool's threads finish exiting just after its close returns.
     */
    public static List<String> threadsStartedSince(Set<Thread> before, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> started = startedSince(before);
        while (!started.isEmpty() && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
            started = startedSince(before);
        }
        return started;
    }

    private static List<String> startedSince(Set<Thread> before) {
        return threads().stream().filter(t -> !before.contains(t)).map(Thread::getName).sorted().toList();
    }

    /** {@link #fileDescriptors()} once it is at most {@code limit}, or after {@code seconds} whatever it is. */
    public static long fileDescriptorsOnceAtMost(long limit, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long now = fileDescriptors();
        while (now > limit && System.nanoTime() - deadline < 0) {
            Thread.sleep(10);
            now = fileDescriptors();
        }
        return now;
    }

    /** Open file descriptors of this process (Linux: entries of /proc/self/fd). */
    public static long fileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }

    /** Whether {@link #fileDescriptors()} can count here. */
    public static boolean canCountFileDescriptors() {
        return Files.isDirectory(Path.of("/proc/self/fd"));
    }
}
