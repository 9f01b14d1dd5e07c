package dev.cvp.python.worker;

import dev.cvp.io.resource.ScratchDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The worker's Python files, shipped in the jar next to this class, copied into a fresh temporary
 * directory for one worker and removed with it (or at JVM exit).
 */
final class WorkerScript {

    /** The entry point; it imports the others from its own directory. */
    static final String ENTRY = "cvp_worker.py";
    static final List<String> FILES = List.of(ENTRY, "cvp_serve.py", "cvp_pools.py", "cvp_jobs.py", "cvp_pages.py");

    private WorkerScript() {
    }

    /** Copies every file into a new directory; {@code ENTRY} in it is the script to run. */
    static ScratchDirectory extract() throws IOException {
        ScratchDirectory directory = ScratchDirectory.create("cvp-python-worker-");
        try {
            for (String name : FILES) {
                try (InputStream source = WorkerScript.class.getResourceAsStream(name)) {
                    if (source == null) {
                        throw new IOException("bench-python: " + name + " is missing from the jar; rebuild bench-python");
                    }
                    Files.copy(source, directory.root().resolve(name));
                }
            }
            return directory;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    static Path entry(ScratchDirectory directory) {
        return directory.root().resolve(ENTRY);
    }
}
