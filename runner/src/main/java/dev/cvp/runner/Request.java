package dev.cvp.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

/**
 * The validated command line.
 *
 * @param modules     fresh runs: the modules, canonical names, in run order
 * @param cores       fresh runs: the core counts, ascending
 * @param extra       fresh runs: the JMH options after {@code --}
 * @param pythons     fresh runs: the interpreters for bench-python ({@code python3} unless given)
 * @param resume      the bundle to resume, or null for a fresh run
 * @param cellTimeout a time limit overriding the profiles', in seconds
 */
public record Request(List<String> modules, List<Integer> cores, String profile, String label, List<String> extra,
                      List<String> pythons, Path resume, boolean force, OptionalLong cellTimeout, boolean noReport,
                      OptionalLong budget) {

    public boolean isResume() {
        return resume != null;
    }
}
