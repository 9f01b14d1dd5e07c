package dev.cvp.report.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The only way the report tool writes: inside one root folder (links leading out of it are
 * refused), to a temporary file first, then renamed over the target in one step, so a reader
 * never sees half a report and a failed write leaves the previous file as it was.
 */
public final class OutputFiles {

    private final Path root;
    private final Path realRoot;

    public OutputFiles(Path root) throws IOException {
        this.root = root;
        this.realRoot = root.toRealPath();
    }

    public Path root() {
        return root;
    }

    /** Writes UTF-8 text to root/relative. */
    public Path write(String relative, String text) throws IOException {
        return write(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relative, byte[] content) throws IOException {
        Path target = root.resolve(relative).normalize();
        Path parent = target.getParent();
        requireInside(parent);
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(target + " is a directory; cannot write the report there");
        }
        Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            readableByAll(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }

    /**
     * A temporary file is created owner-only (0600); a report is for anyone who can read the bundle,
     * so it gets rw-r--r-- where the file system has POSIX permissions.
     */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Creates root/relative as a folder (if needed) and checks that it stays inside the root. */
    public Path directory(String relative) throws IOException {
        Path d = root.resolve(relative).normalize();
        if (!Files.exists(d, LinkOption.NOFOLLOW_LINKS)) {
            requireInside(d.getParent());
            Files.createDirectory(d);
        }
        requireInside(d);
        if (!Files.isDirectory(d)) {
            throw new IOException(d + " exists and is not a folder");
        }
        return d;
    }

    private void requireInside(Path p) throws IOException {
        Path real = p.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new IOException(p + " leads outside " + root + " (to " + real + "); refusing to write there");
        }
    }
}
