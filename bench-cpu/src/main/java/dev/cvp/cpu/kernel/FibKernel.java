package dev.cvp.cpu.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Naive recursive Fibonacci: the textbook's own example of CPU-bound work (fib(35) and fib(36),
 * one thread against two), scaled down so that one task takes a few milliseconds.
 *
 * <p>Every task computes {@code fib(n)} by the exponential recursion. To make the task resumable,
 * the top of its call tree is unrolled once, at construction: {@code fib(m)} for {@code m > cut}
 * is replaced by its two calls until only calls to {@code fib(cut)} and {@code fib(cut - 1)}
 * remain. Each of those leftover calls is one unit, so the units of a task sum to exactly
 * {@code fib(n)} and do the same recursion the plain call would (minus a few hundred top calls).
 * Defaults: {@code n = 32} (about 7 million calls, about 5 ms) and {@code cut = 25}: 34 units of
 * {@code fib(25)} or {@code fib(24)}, roughly 0.1 to 0.2 ms each.
 *
 * <p>All tasks are the same size: fib is the balanced kernel, the one where an ideal parallel
 * speedup equal to the core count is reachable.
 */
public final class FibKernel extends AbstractKernel {

    /** Default argument of every task's fib call. */
    public static final int DEFAULT_N = 32;
    /** Default argument at which the call tree is cut into units. */
    public static final int DEFAULT_CUT = 25;

    private final int n;
    private final int[] unitArguments;

    /** A kernel at the benchmark size: every task computes fib(32) in units of fib(25)/fib(24). */
    public FibKernel(int tasks) {
        this(tasks, DEFAULT_N, DEFAULT_CUT);
    }

    /**
     * @param tasks tasks per operation, at least 1
     * @param n     every task computes fib(n), 0 &lt;= n &lt;= 90
     * @param cut   calls to fib(m) with m &lt;= cut are units, at least 1
     */
    public FibKernel(int tasks, int n, int cut) {
        this(tasks, n, unitArguments(n, cut));
    }

    private FibKernel(int tasks, int n, int[] unitArguments) {
        super("fib", tasks, unitArguments.length);
        this.n = n;
        this.unitArguments = unitArguments;
    }

    /** The calls left after unrolling fib(n) down to fib(cut) and fib(cut - 1). */
    private static int[] unitArguments(int n, int cut) {
        if (n < 0 || n > 90 || cut < 1) {
            throw new IllegalArgumentException("fib needs 0 <= n <= 90 and cut >= 1; got n=" + n + " cut=" + cut);
        }
        List<Integer> frontier = new ArrayList<>();
        unroll(n, cut, frontier);
        return frontier.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void unroll(int m, int cut, List<Integer> frontier) {
        if (m <= cut) {
            frontier.add(m);
        } else {
            unroll(m - 1, cut, frontier);
            unroll(m - 2, cut, frontier);
        }
    }

    /** Naive, exponential recursion on purpose: this is the work being measured. */
    public static long fib(int m) {
        return m < 2 ? m : fib(m - 1) + fib(m - 2);
    }

    /** The argument of every task's fib call. */
    public int n() {
        return n;
    }

    @Override
    public long computeUnit(int task, int unit) {
        return fib(unitArguments[unit]);
    }
}
