package dev.cvp.python.worker;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/**
 * The tests' interpreter: {@code python3} from PATH; tests that need it are skipped without it.
 * It is looked up once per test JVM and then run by its real path ({@code sys.executable}): a
 * version manager's shim on PATH (pyenv's takes seconds) would otherwise start every worker.
 * {@code CVP_TEST_PYTHON=/path/to/python3.x} runs the tests on another interpreter instead.
 */
public final class Python3 {

    /** The command the benchmarks default to. */
    public static final String COMMAND = "python3";

    private static boolean looked;
    private static String executable;

    private Python3() {
    }

    /** The real path of {@code python3}; skips the calling test (a JUnit assumption) unless it runs and is 3.8+. */
    public static synchronized String executable() {
        if (!looked) {
            looked = true;
            executable = lookUp();
        }
        assumeTrue(executable != null, "python3 (3.8+) is not on PATH; the bench-python tests that need it are skipped");
        return executable;
    }

    private static String lookUp() {
        try {
            String command = System.getenv().getOrDefault("CVP_TEST_PYTHON", COMMAND);
            Process check = new ProcessBuilder(command, "-c",
                    "import sys; sys.version_info >= (3, 8) and print(sys.executable)")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String path = new String(check.getInputStream().readAllBytes()).trim();
            return check.waitFor(60, TimeUnit.SECONDS) && check.exitValue() == 0 && !path.isEmpty() ? path : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
