package dev.cvp.runner.machine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cvp.bundle.BundleJson;
import dev.cvp.bundle.Interpreter;
import dev.cvp.runner.RunnerEnv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Asks a Python interpreter what it is (version, implementation, whether the GIL is on) before a
 * run, so that bench-python's cells can be skipped with a clear reason when none is usable, and
 * machine.json records what ran.
 */
public final class PythonProbe {

    /** The oldest Python bench-python's worker runs on. */
    public static final int[] MINIMUM = {3, 8};

    private static final String SCRIPT = String.join("\n",
            "import json, platform, sys",
            "gil = getattr(sys, '_is_gil_enabled', lambda: True)()",
            "print(json.dumps({'executable': sys.executable, 'version': platform.python_version(),",
            "                  'implementation': platform.python_implementation(), 'gil': bool(gil)}))");

    private PythonProbe() {
    }

    public static Interpreter probe(String command, RunnerEnv env) {
        Optional<Path> found = env.onPath(command);
        if (found.isEmpty()) {
            return new Interpreter(command, null, null, null, null, "'" + command + "' was not found"
                    + (command.contains("/") ? "" : " on PATH"));
        }
        try {
            Process p = new ProcessBuilder(found.get().toString(), "-c", SCRIPT)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                return new Interpreter(command, found.get().toString(), null, null, null,
                        found.get() + " did not run a Python probe script (is it Python 3?)");
            }
            JsonNode facts = BundleJson.MAPPER.readTree(out.strip());
            String version = facts.path("version").asText(null);
            Interpreter i = new Interpreter(command, facts.path("executable").asText(found.get().toString()), version,
                    facts.path("implementation").asText(null), facts.path("gil").asBoolean(true), null);
            if (version == null || !atLeastMinimum(version)) {
                return new Interpreter(i.command(), i.path(), version, i.implementation(), i.gilEnabled(),
                        found.get() + " is Python " + version + "; bench-python needs " + MINIMUM[0] + "." + MINIMUM[1]
                                + " or newer");
            }
            return i;
        } catch (IOException e) {
            return new Interpreter(command, found.get().toString(), null, null, null,
                    found.get() + " could not be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Interpreter(command, found.get().toString(), null, null, null, "interrupted while probing");
        }
    }

    static boolean atLeastMinimum(String version) {
        List<String> parts = List.of(version.split("\\."));
        try {
            int major = Integer.parseInt(parts.get(0));
            int minor = parts.size() > 1 ? Integer.parseInt(parts.get(1).replaceAll("\\D.*", "")) : 0;
            return major > MINIMUM[0] || (major == MINIMUM[0] && minor >= MINIMUM[1]);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
