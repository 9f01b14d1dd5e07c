package dev.cvp.cpu.kernel;

/**
 * Counts primes by trial division over consecutive ranges: task {@code t} covers the
 * {@code t}-th block of numbers, each unit a sub-range of that block.
 *
 * <p>Testing one number costs up to {@code sqrt(x)} divisions, so the blocks get more expensive
 * the further they are from zero: with 8 tasks the last one costs several times the first.
 * Splitting the tasks statically into one chunk per thread leaves the thread with the last chunk
 * working alone at the end; strategies that hand out tasks one at a time (a pool's queue) or steal
 * work (fork-join) keep every core busy longer. Compare its efficiency with fib's.
 *
 * <p>Default: 20 units of 6,000 numbers per task (120,000 numbers per task, so the whole range is
 * {@code [0, 120000 * tasks)}); a unit takes roughly 0.1 ms near the start and grows from there
 * (at 8 tasks the first task takes about 3 ms, the last about 8 ms).
 */
public final class PrimesKernel extends AbstractKernel {

    /** Default units per task. */
    public static final int DEFAULT_UNITS = 20;
    /** Default numbers tested per unit. */
    public static final int DEFAULT_NUMBERS_PER_UNIT = 6_000;

    private final int numbersPerUnit;

    /** A kernel at the benchmark size. */
    public PrimesKernel(int tasks) {
        this(tasks, DEFAULT_UNITS, DEFAULT_NUMBERS_PER_UNIT);
    }

    /**
     * @param tasks          tasks per operation, at least 1
     * @param units          units per task, at least 1
     * @param numbersPerUnit numbers each unit tests, at least 1
     */
    public PrimesKernel(int tasks, int units, int numbersPerUnit) {
        super("primes", tasks, units);
        if (numbersPerUnit < 1 || (long) tasks * units * numbersPerUnit > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("primes needs a positive range that fits an int; got tasks="
                    + tasks + " units=" + units + " numbersPerUnit=" + numbersPerUnit);
        }
        this.numbersPerUnit = numbersPerUnit;
    }

    /** Whether {@code x} is prime, by trial division with odd divisors up to its square root. */
    public static boolean isPrime(int x) {
        if (x < 2) {
            return false;
        }
        if (x % 2 == 0) {
            return x == 2;
        }
        for (int d = 3; (long) d * d <= x; d += 2) {
            if (x % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** The numbers one operation covers: {@code [0, limit())}. */
    public int limit() {
        return tasks() * unitsPerTask() * numbersPerUnit;
    }

    @Override
    public long computeUnit(int task, int unit) {
        int from = (task * unitsPerTask() + unit) * numbersPerUnit;
        int to = from + numbersPerUnit;
        long count = 0;
        for (int x = from; x < to; x++) {
            if (isPrime(x)) {
                count++;
            }
        }
        return count;
    }
}
