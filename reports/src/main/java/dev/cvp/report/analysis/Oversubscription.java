package dev.cvp.report.analysis;

import dev.cvp.report.metrics.PoolSize;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where more threads ran than the cores the cell was pinned to: the OS then time-slices them,
 * which is concurrency, not parallelism, and it costs context switches. Known from JMH's own
 * thread count, from thread-count params (poolSize, threads, workers), from thread-per-task
 * with more tasks than cores, and from thread-count secondary metrics.
 */
public final class Oversubscription {

    static final Set<String> THREAD_PARAMS = Set.of("poolsize", "threads", "workers", "pool");

    private Oversubscription() {
    }

    /**
     * One unescaped line per oversubscribed strategy of the workload.
     *
     * @param measurements the workload's own measurements (for JMH's thread counts)
     */
    public static List<String> warnings(Workload w, List<Measurement> measurements) {
        List<String> out = new ArrayList<>();
        for (Measurement m : measurements) {
            if (m.threads() > m.cores()) {
                out.add(m.strategy() + " at " + m.cores() + " core(s): JMH ran " + m.threads() + " benchmark threads");
            }
        }
        for (String s : w.strategies()) {
            Map<Long, List<Integer>> coresByThreads = new java.util.TreeMap<>();
            for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                long threads = threadsOf(w, s, e.getValue());
                if (threads > e.getKey()) {
                    coresByThreads.computeIfAbsent(threads, t -> new ArrayList<>()).add(e.getKey());
                }
            }
            coresByThreads.forEach((threads, cores) -> out.add(s + ": " + threads + " threads on "
                    + cores.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + " core(s)"));
        }
        return out;
    }

    private static long threadsOf(Workload w, String strategy, Cell c) {
        long n = 0;
        String lower = strategy.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> p : w.key().params().entrySet()) {
            String param = p.getKey().toLowerCase(Locale.ROOT);
            boolean applies = param.startsWith("pool") ? lower.contains("pool") : !lower.equals("sequential");
            if (THREAD_PARAMS.contains(param) && applies) {
                n = Math.max(n, number(p.getValue()));
            }
        }
        n = Math.max(n, PoolSize.of(lower).orElse(0));
        if (strategy.equals("thread-per-task")) {
            n = Math.max(n, number(w.key().param("tasks")));
        }
        for (Map.Entry<String, Estimate> m : c.secondary().entrySet()) {
            String name = m.getKey().toLowerCase(Locale.ROOT);
            if (name.equals("threads") || name.equals("peakthreads") || name.equals("livethreads")) {
                n = Math.max(n, Math.round(m.getValue().score()));
            }
        }
        return n;
    }

    private static long number(String v) {
        if (v == null) {
            return 0;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
