package dev.cvp.report.analysis;

import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The concurrency-vs-parallelism matrix: for each kind of workload, the example that shows
 * it best, with its concurrency gain and its parallel speedup. A serialized example may be one
 * strategy of a workload (the GIL inside a CPU-bound kernel), since that is where it appears.
 */
public final class Matrix {

    /** A row: the kind, the workload it comes from (null: none in this run) and its signature. */
    public record Row(WorkloadClass kind, Workload workload, Classifier.Signature signature, boolean byStrategy) {
    }

    /** The rows in display order; the two of the 2x2 core (I/O, CPU) are always present. */
    public static final List<WorkloadClass> ORDER = List.of(WorkloadClass.IO_BOUND, WorkloadClass.CPU_BOUND,
            WorkloadClass.MEMORY_BANDWIDTH_BOUND, WorkloadClass.SERIALIZED);

    private Matrix() {
    }

    /** Every workload's class, in workload order. */
    public static Map<Workload, Classifier.Signature> classify(List<Workload> workloads) {
        Map<Workload, Classifier.Signature> out = new java.util.LinkedHashMap<>();
        workloads.forEach(w -> out.put(w, Classifier.workload(w)));
        return out;
    }

    public static List<Row> rows(List<Workload> workloads) {
        Map<Workload, Classifier.Signature> classes = classify(workloads);
        Map<WorkloadClass, Row> best = new EnumMap<>(WorkloadClass.class);
        // a serialized strategy inside a CPU-bound workload (the GIL) is the clearest example
        serializedStrategy(classes).ifPresent(r -> best.put(WorkloadClass.SERIALIZED, r));
        for (Map.Entry<Workload, Classifier.Signature> e : classes.entrySet()) {
            Classifier.Signature s = e.getValue();
            Row candidate = new Row(s.kind(), e.getKey(), s, false);
            if (s.kind() != WorkloadClass.SERIALIZED || !best.containsKey(WorkloadClass.SERIALIZED)
                    || !best.get(WorkloadClass.SERIALIZED).byStrategy()) {
                best.merge(s.kind(), candidate, (a, b) -> better(a, b) ? a : b);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (WorkloadClass k : ORDER) {
            Row r = best.get(k);
            if (r != null) {
                rows.add(r);
            } else if (k == WorkloadClass.IO_BOUND || k == WorkloadClass.CPU_BOUND) {
                rows.add(new Row(k, null, null, false));
            }
        }
        return rows;
    }

    /** Which of two examples of one kind shows it more clearly. */
    private static boolean better(Row a, Row b) {
        return switch (a.kind()) {
            case IO_BOUND -> a.signature().gain() >= b.signature().gain();
            case SERIALIZED -> a.signature().speedup() <= b.signature().speedup();
            default -> a.signature().speedup() >= b.signature().speedup();
        };
    }

    /** The flattest non-sequential strategy inside a CPU-bound workload, if it is serialized. */
    private static Optional<Row> serializedStrategy(Map<Workload, Classifier.Signature> classes) {
        return classes.entrySet().stream()
                .filter(e -> e.getValue().kind() == WorkloadClass.CPU_BOUND)
                .flatMap(e -> e.getKey().strategies().stream()
                        .filter(s -> !s.equals(Workload.SEQUENTIAL))
                        .map(s -> new Row(WorkloadClass.SERIALIZED, e.getKey(), Classifier.strategy(e.getKey(), s), true)))
                .filter(r -> r.signature().kind() == WorkloadClass.SERIALIZED)
                .min(Comparator.comparingDouble(r -> r.signature().speedup()));
    }
}
