package dev.cvp.runner.cell;

import dev.cvp.runner.plan.JmhOptions;
import java.nio.file.Path;

/**
 * Everything one round of a cell runs with (one JMH invocation).
 *
 * @param round          which round of the cell, from 1 (its files and its CPUs depend on it)
 * @param jar            the module's benchmarks jar
 * @param timeoutSeconds its time limit; past it the cell's process group is stopped
 * @param pathPrefix     folders to put first on the cell's PATH (where the probed interpreters
 *                       really are, so that {@code python3} is not resolved through a slow shim);
 *                       empty for most modules
 */
public record CellSpec(String module, int cores, int round, Path jar, JmhOptions options, long timeoutSeconds,
                       java.util.List<Path> pathPrefix) {

    public CellSpec {
        pathPrefix = java.util.List.copyOf(pathPrefix);
    }
}
