package dev.cvp.report.load;

import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DESIGN.md: a workload is a benchmark class plus its params except strategy. Methods of one
 * class that take a {@code strategy} param (bench-io's {@code pooled} and {@code overlapped})
 * are therefore strategies of one workload and share one table. Only when two methods would
 * claim the same strategy at the same core count (they measure different things) does each
 * method keep a workload of its own.
 */
final class MethodMerging {

    private MethodMerging() {
    }

    static List<Measurement> apply(List<Measurement> measurements) {
        Map<WorkloadKey, List<Measurement>> byClass = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.method() != null) {
                byClass.computeIfAbsent(classKey(m), k -> new ArrayList<>()).add(m);
            }
        }
        Map<Measurement, WorkloadKey> rename = new HashMap<>();
        for (Map.Entry<WorkloadKey, List<Measurement>> e : byClass.entrySet()) {
            if (!collides(e.getValue())) {
                e.getValue().forEach(m -> rename.put(m, e.getKey()));
            }
        }
        List<Measurement> out = new ArrayList<>(measurements.size());
        for (Measurement m : measurements) {
            WorkloadKey k = rename.get(m);
            out.add(k == null ? m : m.withWorkload(k));
        }
        return out;
    }

    private static WorkloadKey classKey(Measurement m) {
        WorkloadKey k = m.workload();
        String b = k.benchmark();
        int dot = b.lastIndexOf('.');
        String cls = dot <= 0 ? b : b.substring(0, dot);
        return new WorkloadKey(k.module(), cls, k.mode(), k.params());
    }

    /** True when two different methods have the same strategy at the same core count. */
    private static boolean collides(List<Measurement> group) {
        Map<String, String> methodBySlot = new HashMap<>();
        for (Measurement m : group) {
            String slot = m.strategy() + "@" + m.cores();
            String other = methodBySlot.putIfAbsent(slot, m.method());
            if (other != null && !other.equals(m.method())) {
                return true;
            }
        }
        return false;
    }
}
