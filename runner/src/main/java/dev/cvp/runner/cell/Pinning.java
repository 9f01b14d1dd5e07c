package dev.cvp.runner.cell;

import dev.cvp.runner.RunnerEnv;
import dev.cvp.runner.machine.Cpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How cells are pinned: {@code taskset -c <the first k CPUs the runner may use>} plus
 * {@code -XX:ActiveProcessorCount=k} for the JMH runner and its forks; without taskset, the
 * JVM flag alone (recorded as {@code pinningEnforced: false}). {@code setsid} gives each cell
 * its own session and process group.
 *
 * @param available the CPUs the runner may use, in order
 */
public record Pinning(Optional<Path> taskset, Optional<Path> setsid, List<Integer> available) {

    public static Pinning detect(RunnerEnv env) {
        Optional<Path> taskset = env.noTaskset() ? Optional.empty() : env.onPath("taskset");
        return new Pinning(taskset, env.onPath("setsid"), Cpus.available());
    }

    public boolean enforced() {
        return taskset.isPresent();
    }

    /** The CPU list a k-core cell is pinned to, e.g. "0-1". */
    public String cellCpus(int k) {
        return Cpus.compress(available.subList(0, Math.min(k, available.size())));
    }

    public String description() {
        return enforced()
                ? "taskset -c <the first k CPUs> and -XX:ActiveProcessorCount=k for the JMH runner and its forks"
                : "not enforced: taskset not available; -XX:ActiveProcessorCount=k only (the OS may still use every CPU)";
    }
}
