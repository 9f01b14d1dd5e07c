package dev.cvp.bundle;

/**
 * A Python interpreter that bench-python drives, as probed before the run (machine.json, v2).
 *
 * @param command        what the user named (e.g. {@code python3}, {@code /opt/py/bin/python3.13t})
 * @param path           the executable it resolved to, or null when it was not found
 * @param version        {@code sys.version}'s first word, e.g. 3.11.7, or null
 * @param implementation e.g. CPython
 * @param gilEnabled     false for a free-threaded build running without the GIL
 * @param problem        why it cannot be used (missing, too old), null when usable
 */
public record Interpreter(String command, String path, String version, String implementation, Boolean gilEnabled,
                          String problem) {

    public boolean usable() {
        return problem == null;
    }
}
