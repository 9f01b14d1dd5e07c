package dev.cvp.bundle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * The lock of a bundle being written: a {@code .lock/} folder (creating it is atomic) holding an
 * {@code owner} file with the runner's pid and the process group of the cell it runs. A lock whose
 * runner is gone is stale: the next runner takes it over and learns which cell was left running.
 */
public final class BundleLock implements AutoCloseable {

    private final Path dir;
    private final long pid;
    private final String since;
    private final String host;

    private BundleLock(Path dir, long pid, String since, String host) {
        this.dir = dir;
        this.pid = pid;
        this.since = since;
        this.host = host;
    }

    /** What a lock's owner file says. */
    public record Owner(Long pid, Long child, String host, String since) {
    }

    /** Thrown when a live runner holds the lock. */
    public static final class HeldException extends Exception {
        private static final long serialVersionUID = 1L;

        HeldException(String message) {
            super(message);
        }
    }

    /**
     * Takes the lock of {@code bundle}.
     *
     * @param isLiveRunner tells whether a pid is a live runner (a stale lock's pid is not)
     * @return the lock, and the owner of a stale lock it took over (empty when there was none)
     */
    public static Taken take(Path bundle, String since, String host, LongPredicate isLiveRunner)
            throws IOException, HeldException {
        Path dir = bundle.resolve(BundleLayout.LOCK);
        long me = ProcessHandle.current().pid();
        Optional<Owner> stale = Optional.empty();
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            Owner owner = read(dir);
            if (owner.pid() == null || isLiveRunner.test(owner.pid())) {
                throw new HeldException(bundle + " is being written by another runner (pid "
                        + (owner.pid() == null ? "unknown" : owner.pid()) + ", since " + owner.since()
                        + "); wait for it to finish or stop it first");
            }
            stale = Optional.of(owner);
            deleteLockDir(dir);
            try {
                Files.createDirectory(dir);
            } catch (FileAlreadyExistsException again) {
                throw new HeldException(bundle + " was just locked by another runner; wait for it to finish");
            }
        }
        BundleLock lock = new BundleLock(dir, me, since, host);
        lock.setChild(null);
        return new Taken(lock, stale);
    }

    /** A lock just taken, and the owner of the stale lock it replaced, if any. */
    public record Taken(BundleLock lock, Optional<Owner> staleOwner) {
    }

    /** Records the process group of the cell now running (null when none runs). */
    public void setChild(Long child) throws IOException {
        String text = "pid=" + pid + "\nchild=" + (child == null ? "" : child) + "\nhost=" + host + "\nsince=" + since + "\n";
        AtomicFiles.write(dir.resolve("owner"), text.getBytes(StandardCharsets.UTF_8), true);
    }

    /** Releases the lock if this process still owns it. */
    @Override
    public void close() throws IOException {
        Owner owner = read(dir);
        if (owner.pid() != null && owner.pid() == pid) {
            deleteLockDir(dir);
        }
    }

    static Owner read(Path lockDir) {
        Map<String, String> f = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(lockDir.resolve("owner"), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    f.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // no owner file yet: the lock was taken a moment ago, or by a runner killed at once
        }
        return new Owner(number(f.get("pid")), number(f.get("child")), f.get("host"), f.get("since"));
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.parseLong(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void deleteLockDir(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            return;
        }
        Files.deleteIfExists(dir);
    }
}
