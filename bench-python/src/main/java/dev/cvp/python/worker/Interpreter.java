package dev.cvp.python.worker;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The interpreter a worker runs on, as it reports itself.
 *
 * @param version           {@code sys.version}, e.g. {@code 3.13.1 experimental free-threading build (main, ...)}
 * @param versionInfo       major, minor, micro
 * @param implementation    {@code sys.implementation.name}: {@code cpython}, {@code pypy}...
 * @param gilEnabled        {@code sys._is_gil_enabled()} where it exists (3.13+), else true
 * @param freeThreadedBuild built with {@code Py_GIL_DISABLED} (a {@code python3.13t}); its GIL may
 *                          still be on, e.g. with {@code PYTHON_GIL=1}
 * @param executable        {@code sys.executable}: the binary behind the command (a pyenv shim's target)
 * @param pid               the worker's process id
 * @param cpus              CPUs the worker may run on ({@code os.sched_getaffinity}): the fork's pinning
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Interpreter(String version, List<Integer> versionInfo, String implementation,
                          boolean gilEnabled, boolean freeThreadedBuild, String executable,
                          long pid, int cpus) {

    /** One line for the console: {@code cpython 3.11.7, GIL enabled, 2 CPUs, /usr/bin/python3.11}. */
    public String describe() {
        String release = versionInfo.stream().map(String::valueOf).reduce((a, b) -> a + "." + b).orElse("?");
        return implementation + " " + release + (freeThreadedBuild ? " free-threaded build" : "")
                + ", GIL " + (gilEnabled ? "enabled" : "disabled") + ", " + cpus + " CPUs, " + executable;
    }
}
