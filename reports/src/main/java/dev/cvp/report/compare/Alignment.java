package dev.cvp.report.compare;

import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The machines' workloads side by side: each workload key with its workload on each machine
 * (null where a machine lacks it), in first-seen order.
 */
public final class Alignment {

    private final Map<WorkloadKey, List<Workload>> rows;

    private Alignment(Map<WorkloadKey, List<Workload>> rows) {
        this.rows = rows;
    }

    public static Alignment of(List<Entrant> entrants) {
        Map<WorkloadKey, List<Workload>> out = new LinkedHashMap<>();
        for (int i = 0; i < entrants.size(); i++) {
            for (Workload w : entrants.get(i).bundle().workloads()) {
                List<Workload> row = out.computeIfAbsent(w.key(),
                        k -> new ArrayList<>(Collections.nCopies(entrants.size(), null)));
                row.set(i, w);
            }
        }
        return new Alignment(out);
    }

    /** Every workload key with its workload per machine (null where absent). */
    public Map<WorkloadKey, List<Workload>> all() {
        return Collections.unmodifiableMap(rows);
    }

    /** The workloads at least two machines measured: the ones compared. */
    public Map<WorkloadKey, List<Workload>> compared() {
        Map<WorkloadKey, List<Workload>> out = new LinkedHashMap<>();
        rows.forEach((k, ws) -> {
            if (present(ws) >= 2) {
                out.put(k, ws);
            }
        });
        return out;
    }

    /** How many machines have the workload. */
    public static long present(List<Workload> ws) {
        return ws.stream().filter(Objects::nonNull).count();
    }

    /** The unit the machines' figures are shown in: the first machine's. */
    public static String unit(List<Workload> ws) {
        return ws.stream().filter(Objects::nonNull).findFirst().map(Workload::unit).orElse("");
    }

    /** Core counts that two or more machines measured the workload at, ascending. */
    public static List<Integer> sharedCores(List<Workload> ws) {
        TreeSet<Integer> seen = new TreeSet<>();
        TreeSet<Integer> shared = new TreeSet<>();
        for (Workload w : ws) {
            if (w != null) {
                for (int k : w.coreCounts()) {
                    if (!seen.add(k)) {
                        shared.add(k);
                    }
                }
            }
        }
        return List.copyOf(shared);
    }

    /** Strategies of any machine: sequential first, then in first-seen order. */
    public static List<String> strategies(List<Workload> ws) {
        List<String> out = new ArrayList<>();
        for (Workload w : ws) {
            if (w != null) {
                w.strategies().stream().filter(s -> !out.contains(s)).forEach(out::add);
            }
        }
        if (out.remove(Workload.SEQUENTIAL)) {
            out.add(0, Workload.SEQUENTIAL);
        }
        return out;
    }

    /** A measured cell's estimate in {@code unit}; empty where absent, extrapolated or not convertible. */
    public static Optional<Estimate> estimate(Workload w, String strategy, int cores, String unit) {
        if (w == null) {
            return Optional.empty();
        }
        Optional<Cell> c = w.cell(strategy, cores).filter(x -> !x.extrapolated());
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Estimate e = c.get().estimate();
        return TimeUnits.factor(e.unit(), unit).map(f -> e.scaled(f, unit));
    }
}
