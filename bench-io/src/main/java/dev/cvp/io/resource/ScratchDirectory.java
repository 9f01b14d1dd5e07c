package dev.cvp.io.resource;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fresh temporary directory for a trial's files, removed with everything in it by
 * {@link #close()}, or at JVM exit if close never came (JMH skips trial teardown when a
 * benchmark fails, e.g. at the open-file-limit check).
 */
public final class ScratchDirectory implements Closeable {

    private final Path root;
    private final Thread removeAtExit;

    private ScratchDirectory(Path root) {
        this.root = root;
        this.removeAtExit = new Thread(this::removeQuietly, "remove " + root);
        Runtime.getRuntime().addShutdownHook(removeAtExit);
    }

    /** Creates {@code <java.io.tmpdir>/<prefix>NNNN}. */
    public static ScratchDirectory create(String prefix) throws IOException {
        return new ScratchDirectory(Files.createTempDirectory(prefix));
    }

    public Path root() {
        return root;
    }

    /** The file for task {@code task}: tasks reuse their file across operations, so the count stays fixed. */
    public Path fileFor(String prefix, int task) {
        return root.resolve(prefix + task);
    }

    /**
     * Writes {@code content} into the file for task {@code task}, in place: no truncation to zero
     * first, only a trim if the old content was longer. (On ext4, truncating a file to zero and
     * rewriting it makes the close flush the new blocks to disk, a hidden fsync; a task that
     * rewrites its file every operation must not pay that, as a task writing a new file would
     * not.) With {@code force}, the data is then forced to the device ({@code fsync}).
     *
     * @return the bytes written
     */
    public long rewrite(String prefix, int task, ByteBuffer content, boolean force) throws IOException {
        try (FileChannel file = FileChannel.open(fileFor(prefix, task),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            long written = 0;
            while (content.hasRemaining()) {
                written += file.write(content);
            }
            file.truncate(written);
            if (force) {
                file.force(true);
            }
            return written;
        }
    }

    /** How many files it holds now. */
    public long count() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.count();
        }
    }

    /** Deletes the directory and its contents (deepest first). */
    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(removeAtExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; deleting twice is harmless
        }
        remove();
    }

    private void removeQuietly() {
        try {
            remove();
        } catch (IOException e) {
            System.err.println("could not remove " + root + ": " + e.getMessage());
        }
    }

    private void remove() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
    }
}
