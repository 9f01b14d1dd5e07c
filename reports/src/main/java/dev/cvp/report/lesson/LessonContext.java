package dev.cvp.report.lesson;

import dev.cvp.report.analysis.Trust;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.ChartFiles;
import dev.cvp.report.metrics.Ratio;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /**
     * A gain or speedup for a lesson's table: the ratio with its interval, then "⚠ disturbed,
     * superlinear" where its row carries results.csv's flags at that core count, so a table never
     * shows bare a figure the trust section doubts; {@code missing} where there is no ratio.
     */
    public String ratioCell(Workload w, String strategy, int cores, Optional<Ratio> r, String missing) {
        if (r.isEmpty()) {
            return missing;
        }
        Set<Trust.Flag> flags = trust.flags(w, strategy, cores);
        return Words.ratio(r.get()) + (flags.isEmpty() ? ""
                : " \u26a0 " + String.join(", ", flags.stream().map(Trust.Flag::label).toList()));
    }

    /** The fewest cores measured (1 on a normal run): where concurrency gains are read. */
    public int minCores() {
        return bundle.coreCounts().isEmpty() ? 1 : bundle.coreCounts().get(0);
    }
}
