package dev.cvp.cpu.kernel;

/**
 * One CPU-bound job, split into independent tasks; each task is a sequence of resumable units.
 *
 * <p>A strategy decides <em>how</em> the tasks run (one thread, a pool, a global lock, ...); the
 * kernel only says <em>what</em> one task computes. Units exist so that strategies which slice
 * work (the {@code gil} hand-over, the {@code cooperative} round-robin, an event loop) can stop a
 * task between two units and resume it later: a unit is the smallest piece of work that runs
 * without a chance to switch.
 *
 * <p>Contract: {@link #computeUnit} is deterministic (same arguments, same result, on any thread,
 * in any order) and thread-safe: it reads only state fixed at construction and writes only memory
 * that belongs to its own task. The result of one whole operation is the sum of
 * {@link #computeTask} over all tasks, so every strategy can be checked against {@code sequential}.
 */
public interface Kernel {

    /** The kernel's name, as accepted by {@link Kernels#create}: "fib", "primes", ... */
    String name();

    /** How many independent tasks one operation has. */
    int tasks();

    /** How many units each task is made of (the same for every task). */
    int unitsPerTask();

    /**
     * Computes one unit of one task.
     *
     * @param task 0 &lt;= task &lt; {@link #tasks()}
     * @param unit 0 &lt;= unit &lt; {@link #unitsPerTask()}
     * @return that unit's share of the task's result
     */
    long computeUnit(int task, int unit);

    /** Computes a whole task: the sum of its units, run in order on the calling thread. */
    default long computeTask(int task) {
        long sum = 0;
        for (int unit = 0, units = unitsPerTask(); unit < units; unit++) {
            sum += computeUnit(task, unit);
        }
        return sum;
    }
}
