package dev.cvp.io.workload;

import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.strategy.Workload;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Task N writes a small file ({@value #FILE_BYTES} bytes) and forces it to disk ({@code fsync}),
 * the wait being the storage device's (see {@link ScratchDirectory#rewrite}). Each task returns the bytes written. The files live in a
 * scratch directory removed by {@link #close()}; a task rewrites the same file every operation.
 *
 * <p>Only the blocking face exists: a file is not a selectable channel, so there is no event loop
 * for it, and Java has no asynchronous {@code fsync} (neither has asyncio: it runs file I/O on
 * threads). The {@code async} and {@code event-loop} strategies do not apply.
 */
public final class FileWork implements Workload, Closeable {

    /** Size of each file. */
    public static final int FILE_BYTES = 4096;
    static final String FILE_PREFIX = "task-";

    private final ScratchDirectory directory;
    private final ByteBuffer content;

    public FileWork(ScratchDirectory directory) {
        this.directory = directory;
        byte[] bytes = new byte[FILE_BYTES];
        Arrays.fill(bytes, (byte) 'x');
        this.content = ByteBuffer.wrap(bytes).asReadOnlyBuffer();
    }

    @Override
    public String name() {
        return "file";
    }

    @Override
    public int filesPerTask() {
        return 1;
    }

    @Override
    public long runBlocking(int task) throws IOException {
        return directory.rewrite(FILE_PREFIX, task, content.duplicate(), true);
    }

    public ScratchDirectory directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        directory.close();
    }
}
