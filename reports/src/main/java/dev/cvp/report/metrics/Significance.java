package dev.cvp.report.metrics;

import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import java.util.Optional;

/** Whether two cells of a workload differ by more than their noise (Welch's t-test on rawData). */
public final class Significance {

    private Significance() {
    }

    /** Empty when it cannot be told (fewer than 2 iterations, or a derived cell). */
    public static Optional<WelchTest.Result> between(Workload w, String s1, int k1, String s2, int k2) {
        Optional<Cell> a = w.cell(s1, k1);
        Optional<Cell> b = w.cell(s2, k2);
        if (a.isEmpty() || b.isEmpty() || a.get().extrapolated() || b.get().extrapolated()) {
            return Optional.empty();
        }
        return WelchTest.compare(a.get().estimate(), b.get().estimate());
    }

    /** True only when the test ran and found no significant difference. */
    public static boolean noDifference(Workload w, String s1, int k1, String s2, int k2) {
        return between(w, s1, k1, s2, k2).map(r -> !r.significant()).orElse(false);
    }
}
