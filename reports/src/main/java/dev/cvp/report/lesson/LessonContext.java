package dev.cvp.report.lesson;

import dev.cvp.report.analysis.Trust;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.ChartFiles;
import java.util.List;

/**
 * What every lesson section reads and writes: the bundle, its trust record, what its benchmarks
 * mean, where charts go, and metrics.csv's rows.
 */
public record LessonContext(Bundle bundle, Trust trust, Meanings meanings, ChartFiles charts, Figures figures) {

    public List<Workload> workloads() {
        return bundle.workloads();
    }

    /** The most cores any workload was measured at (the right-hand column of every speedup). */
    public int maxCores() {
        return bundle.coreCounts().isEmpty() ? 1 : bundle.coreCounts().get(bundle.coreCounts().size() - 1);
    }

    /** The fewest cores measured (1 on a normal run): where concurrency gains are read. */
    public int minCores() {
        return bundle.coreCounts().isEmpty() ? 1 : bundle.coreCounts().get(0);
    }
}
