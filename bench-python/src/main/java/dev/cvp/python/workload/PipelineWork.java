package dev.cvp.python.workload;

import dev.cvp.io.resource.ScratchDirectory;
import dev.cvp.io.server.RunningServer;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The chapter's first example, task N: fetch {@code /page/N} (as {@link HttpWork}), format its
 * headers as {@code name: value} lines, write them to {@code headers-N} in a scratch directory.
 * The worker checks each file's size against the bytes it wrote; the headers carry the server's
 * clock, so only the worker knows the sum.
 */
public final class PipelineWork extends HttpWork {

    private final ScratchDirectory directory;

    /** Takes ownership of both: {@link #close()} stops the server and removes the directory. */
    public PipelineWork(RunningServer server, ScratchDirectory directory) {
        super(server, Map.of("dir", directory.root().toString()));
        this.directory = directory;
    }

    @Override
    public String job() {
        return "pipeline";
    }

    @Override
    public OptionalLong expected(int tasks) {
        return OptionalLong.empty();
    }

    /** The directory the files go to. */
    public ScratchDirectory directory() {
        return directory;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            directory.close();
        }
    }
}
