package dev.cvp.cpu.strategy;

import dev.cvp.cpu.kernel.AbstractKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test kernel that records what strategies do with it: the order in which units run, the
 * threads that ran them, and the most units that were ever inside {@link #computeUnit} at once.
 * Unit (t, u) returns {@code 1000 * t + u}, so sums reveal skipped or repeated units.
 */
public class RecordingKernel extends AbstractKernel {

    private final List<String> order = new ArrayList<>();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger maxInside = new AtomicInteger();

    public RecordingKernel(int tasks, int units) {
        super("recording", tasks, units);
    }

    /** What every strategy must return for this kernel. */
    public long expectedSum() {
        long sum = 0;
        for (int t = 0; t < tasks(); t++) {
            for (int u = 0; u < unitsPerTask(); u++) {
                sum += 1000L * t + u;
            }
        }
        return sum;
    }

    @Override
    public long computeUnit(int task, int unit) {
        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
        try {
            beforeRecord(task, unit);
            synchronized (order) {
                order.add(task + ":" + unit);
            }
            threads.add(Thread.currentThread());
            Thread.onSpinWait();
            return 1000L * task + unit;
        } finally {
            inside.decrementAndGet();
        }
    }

    /** Hook for tests that must hold a unit until something has happened. */
    protected void beforeRecord(int task, int unit) {
    }

    /** Units in the order they ran, as "task:unit". */
    public List<String> order() {
        synchronized (order) {
            return List.copyOf(order);
        }
    }

    /** The threads that ran units. */
    public Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    /** The most units that were running at the same moment. */
    public int maxInside() {
        return maxInside.get();
    }
}
