package dev.cvp.runner.build;

import dev.cvp.bundle.declare.Declarations;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Asks a module's benchmarks.jar what its benchmarks mean: starts
 * {@code java -cp <jar> dev.cvp.support.declare.DeclarationsMain <module>} (an argument list, no
 * shell) and reads the benchmarks.json it prints. The runner merges the modules' answers into the
 * bundle's benchmarks.json.
 */
public final class DeclarationsProbe {

    public static final String MAIN = "dev.cvp.support.declare.DeclarationsMain";
    private static final long TIMEOUT_SECONDS = 60;

    private DeclarationsProbe() {
    }

    /** The module's declarations; an IOException says why they could not be read, in one line. */
    public static Declarations read(Path javaBin, Path jar, String module) throws IOException {
        Path err = Files.createTempFile("cvp-declarations-", ".err");
        try {
            Process p = new ProcessBuilder(javaBin.toString(), "-cp", jar.toString(), MAIN, module)
                    .redirectError(err.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(jar + ": listing the declarations took over " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                String tail = Files.readString(err, StandardCharsets.UTF_8).strip().lines()
                        .reduce((a, b) -> b).orElse("no message");
                throw new IOException(jar + ": " + MAIN + " exited with " + p.exitValue() + ": " + tail);
            }
            return Declarations.read(new ByteArrayInputStream(out));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading the declarations of " + jar, e);
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
