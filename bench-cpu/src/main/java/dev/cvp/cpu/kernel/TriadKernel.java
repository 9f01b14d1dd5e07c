package dev.cvp.cpu.kernel;

/**
 * STREAM's triad, {@code a[i] = b[i] + s * c[i]}, over arrays far larger than any cache.
 *
 * <p>Per element the core does one multiply-add but moves 24 bytes (two loads, one store, plus the
 * cache line the store must first read), so the memory bus, not the core, sets the pace. More
 * cores help only until they saturate the bandwidth they share; its speedup levels off below the
 * core count, unlike fib's. That is the lesson: parallelism buys compute, not memory bandwidth.
 *
 * <p>The three arrays hold {@code tasks * units * unitLength} doubles; task {@code t} owns the
 * {@code t}-th slice (so tasks never write the same element) and a unit is {@code unitLength}
 * consecutive elements of it. One operation sweeps all arrays once. Default: about 16 Mi elements
 * per array (3 x 128 MiB in all, far beyond any L3), {@code unitLength} 256 Ki elements (6 MiB
 * streamed, roughly 0.15 ms per unit), and as many units per task as that total allows (8 at 8
 * tasks, so about 1 to 2 ms per task; at 64 tasks or more, one unit per task). A task is short
 * because bandwidth is high: making it longer would need even larger arrays.
 * Entries are small integers, so the result is exact: a unit returns its first plus its last
 * {@code a} element.
 */
public final class TriadKernel extends AbstractKernel {

    /** Default elements per array, summed over all tasks (16 Mi doubles = 128 MiB per array). */
    public static final int DEFAULT_TOTAL_ELEMENTS = 16 << 20;
    /** Default elements per unit. */
    public static final int DEFAULT_UNIT_LENGTH = 256 << 10;
    /** The triad's scalar. */
    public static final double SCALAR = 3.0;

    private final int unitLength;
    private final double[] a;
    private final double[] b;
    private final double[] c;

    /** A kernel at the benchmark size: about 3 x 128 MiB of arrays whatever the task count. */
    public TriadKernel(int tasks) {
        this(tasks, Math.max(1, DEFAULT_TOTAL_ELEMENTS / DEFAULT_UNIT_LENGTH / Math.max(1, tasks)),
                DEFAULT_UNIT_LENGTH);
    }

    /**
     * @param tasks      tasks per operation, at least 1
     * @param units      units per task, at least 1
     * @param unitLength elements per unit, at least 1
     */
    public TriadKernel(int tasks, int units, int unitLength) {
        super("triad", tasks, units);
        if (unitLength < 1 || (long) tasks * units * unitLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("triad needs arrays of a positive length that fits an int; got tasks="
                    + tasks + " units=" + units + " unitLength=" + unitLength);
        }
        this.unitLength = unitLength;
        int length = tasks * units * unitLength;
        this.a = new double[length];
        this.b = new double[length];
        this.c = new double[length];
        for (int i = 0; i < length; i++) {
            b[i] = inputB(i);
            c[i] = inputC(i);
        }
    }

    /** Input b[i]. */
    public static double inputB(int i) {
        return i % 1024;
    }

    /** Input c[i]. */
    public static double inputC(int i) {
        return i % 3;
    }

    /** Elements per array. */
    public int length() {
        return a.length;
    }

    /** Output element a[i] as last written (for tests). */
    public double output(int i) {
        return a[i];
    }

    @Override
    public long computeUnit(int task, int unit) {
        int from = (task * unitsPerTask() + unit) * unitLength;
        int to = from + unitLength;
        double[] a = this.a;
        double[] b = this.b;
        double[] c = this.c;
        for (int i = from; i < to; i++) {
            a[i] = b[i] + SCALAR * c[i];
        }
        return (long) (a[from] + a[to - 1]);
    }
}
