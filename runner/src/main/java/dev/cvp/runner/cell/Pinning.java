package dev.cvp.runner.cell;

import dev.cvp.runner.RunnerEnv;
import dev.cvp.runner.machine.Cpus;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How cells are pinned: {@code taskset -c <k of the CPUs the runner may use>} plus
 * {@code -XX:ActiveProcessorCount=k} for the JMH runner and its forks; without taskset, the
 * JVM flag alone (recorded as {@code pinningEnforced: false}). {@code setsid} gives each cell
 * its own session and process group.
 *
 * <p>Round 1 of a k-core cell gets the first k CPUs; each later round the next k, wrapping
 * around (round r starts at CPU index (r - 1) x k mod n). A cell with fewer cores than the
 * machine has thus lands on other CPUs in other rounds: one slow or shared CPU (a vCPU whose
 * host is busy) then weighs on every core count, not always on the 1-core cells.
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

    /** The CPU list round {@code round} of a k-core cell is pinned to, e.g. "0-1". */
    public String cellCpus(int k, int round) {
        return Cpus.compress(cellCpuList(k, round));
    }

    /** The CPUs round {@code round} of a k-core cell is pinned to, ascending. */
    public List<Integer> cellCpuList(int k, int round) {
        return rotated(available, k, round);
    }

    /**
     * k of {@code cpus}, starting at index (round - 1) x k mod n and wrapping, ascending; every CPU
     * when k >= n.
     */
    static List<Integer> rotated(List<Integer> cpus, int k, int round) {
        int n = cpus.size();
        if (k >= n) {
            return List.copyOf(cpus);
        }
        int start = (int) ((long) (Math.max(round, 1) - 1) * k % n);
        List<Integer> out = new java.util.ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            out.add(cpus.get((start + i) % n));
        }
        out.sort(null);
        return List.copyOf(out);
    }

    public String description() {
        return enforced()
                ? "taskset -c <k CPUs: the first k in round 1, the next k (wrapping) in each later round> and"
                        + " -XX:ActiveProcessorCount=k for the JMH runner and its forks; cellCpus lists round 1's,"
                        + " run.json's invocations each round's"
                : "not enforced: taskset not available; -XX:ActiveProcessorCount=k only (the OS may still use every CPU)";
    }
}
