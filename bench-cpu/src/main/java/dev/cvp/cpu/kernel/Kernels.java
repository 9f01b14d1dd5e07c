package dev.cvp.cpu.kernel;

import java.util.List;

/**
 * Creates kernels by name, at the sizes the benchmarks use (one task takes a few milliseconds on a
 * current core, one unit roughly 0.1 to 0.5 ms; see each kernel's class comment for its numbers).
 */
public final class Kernels {

    private static final List<String> NAMES = List.of("fib", "primes", "montecarlo", "matmul", "triad");

    private Kernels() {
    }

    /** The names {@link #create} accepts, in a fixed order. */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * Creates the named kernel with {@code tasks} tasks per operation at its benchmark size.
     * Large inputs (matrices, arrays) are allocated here, so call this outside the measured code.
     *
     * @throws IllegalArgumentException for an unknown name or {@code tasks < 1}
     */
    public static Kernel create(String name, int tasks) {
        if (tasks < 1) {
            throw new IllegalArgumentException("tasks must be >= 1, got " + tasks);
        }
        return switch (name == null ? "" : name) {
            case "fib" -> new FibKernel(tasks);
            case "primes" -> new PrimesKernel(tasks);
            case "montecarlo" -> new MonteCarloKernel(tasks);
            case "matmul" -> new MatmulKernel(tasks);
            case "triad" -> new TriadKernel(tasks);
            default -> throw new IllegalArgumentException(
                    "unknown kernel '" + name + "'; known kernels: " + String.join(", ", NAMES));
        };
    }
}
