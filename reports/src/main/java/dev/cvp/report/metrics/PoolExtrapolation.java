package dev.cvp.report.metrics;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A pool of N threads runs T waiting tasks in ceil(T / N) rounds. bench-io measures its pools
 * only up to 100 tasks; for a larger T of the same benchmark and params this derives the pool's
 * time as score(t0) x ceil(T / N) / ceil(t0 / N), t0 the largest measured task count (time per
 * round of waits x rounds), marked as extrapolated. Derived cells never feed a parallel speedup.
 */
public final class PoolExtrapolation {

    private PoolExtrapolation() {
    }

    public static void apply(List<Workload> workloads) {
        for (Workload target : workloads) {
            long tasks = tasks(target.key());
            if (tasks <= 0) {
                continue;
            }
            WorkloadKey family = target.key().without(SequentialExtrapolation.TASKS);
            Set<String> pools = new LinkedHashSet<>();
            for (Workload w : workloads) {
                if (w != target && w.key().without(SequentialExtrapolation.TASKS).equals(family)) {
                    w.strategies().stream().filter(s -> PoolSize.of(s).isPresent()).forEach(pools::add);
                }
            }
            for (String pool : pools) {
                for (int k : target.coreCounts()) {
                    if (target.cell(pool, k).isEmpty()) {
                        source(workloads, target, family, pool, k, tasks)
                                .ifPresent(src -> target.put(derive(target, pool, k, tasks, src)));
                    }
                }
            }
        }
    }

    private record Source(long tasks, Cell cell) {
    }

    private static Optional<Source> source(List<Workload> workloads, Workload target, WorkloadKey family, String pool,
                                           int k, long tasks) {
        Source best = null;
        for (Workload w : workloads) {
            long t = tasks(w.key());
            Optional<Cell> c = w.cell(pool, k);
            if (w == target || t <= 0 || t >= tasks || c.isEmpty() || c.get().extrapolated()
                    || !w.key().without(SequentialExtrapolation.TASKS).equals(family) || !w.unit().equals(target.unit())) {
                continue;
            }
            if (best == null || t > best.tasks) {
                best = new Source(t, c.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private static Cell derive(Workload target, String pool, int k, long tasks, Source src) {
        long n = PoolSize.of(pool).orElse(1);
        double rounds = Math.ceil((double) tasks / n) / Math.ceil((double) src.tasks / n);
        double factor = target.mode().higherIsBetter() ? 1 / rounds : rounds;
        Estimate e = src.cell.estimate();
        String from = pool + " measured at tasks=" + src.tasks + " x ceil(" + tasks + "/" + n + ") / ceil("
                + src.tasks + "/" + n + ") rounds of waits";
        return new Cell(pool, k, Estimate.derived(e.score() * factor, e.unit()), Map.of(), from);
    }

    private static long tasks(WorkloadKey key) {
        String t = key.param(SequentialExtrapolation.TASKS);
        try {
            return t == null ? 0 : Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
