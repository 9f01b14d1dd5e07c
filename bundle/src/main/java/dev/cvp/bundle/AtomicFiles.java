package dev.cvp.bundle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every bundle file is written to a temporary name beside it, forced to disk, then renamed over
 * its final name: a reader (or a runner killed half-way) sees the old file or the new one,
 * never half of one. Temporary names start with a dot and contain {@code .tmp-}, so that a
 * resumed run can tell leftovers from results.
 */
public final class AtomicFiles {

    private AtomicFiles() {
    }

    /** The temporary name used for {@code target} by this process. */
    public static Path temporaryFor(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp-" + ProcessHandle.current().pid());
    }

    /** True for a name {@link #temporaryFor} makes. */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.contains(".tmp-");
    }

    /** Writes {@code value} as JSON to {@code target}, replacing it. */
    public static void writeJson(Path target, Object value) throws IOException {
        write(target, BundleJson.MAPPER.writeValueAsBytes(value), true);
    }

    /** Writes {@code value} as JSON to {@code target}, which must not exist yet. */
    public static void createJson(Path target, Object value) throws IOException {
        write(target, BundleJson.MAPPER.writeValueAsBytes(value), false);
    }

    /** Writes bytes to {@code target} through a temporary file; {@code replace} false refuses an existing file. */
    public static void write(Path target, byte[] bytes, boolean replace) throws IOException {
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a bundle file is never overwritten");
        }
        Path tmp = temporaryFor(target);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            move(tmp, target, replace);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Renames {@code from} to {@code to} atomically where the file system can. */
    public static void move(Path from, Path to, boolean replace) throws IOException {
        if (!replace && Files.exists(to)) {
            throw new FileAlreadyExistsException(to.toString(), null, "a bundle file is never overwritten");
        }
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
