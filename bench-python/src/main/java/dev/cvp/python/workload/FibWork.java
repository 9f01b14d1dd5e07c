package dev.cvp.python.workload;

import java.util.Map;
import java.util.OptionalLong;

/** Every task computes fib(n) by the naive recursion, the chapter's CPU-bound example. */
public final class FibWork implements Workload {

    private final int n;
    private final long value;

    public FibWork(int n) {
        if (n < 0 || n > 90) {
            throw new IllegalArgumentException("bench-python: fib needs 0 <= n <= 90, got n=" + n);
        }
        this.n = n;
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++) {
            long next = a + b;
            a = b;
            b = next;
        }
        this.value = a;
    }

    @Override
    public String job() {
        return "fib";
    }

    @Override
    public Map<String, Object> args() {
        return Map.of("n", n);
    }

    @Override
    public OptionalLong expected(int tasks) {
        return OptionalLong.of(tasks * value);
    }
}
