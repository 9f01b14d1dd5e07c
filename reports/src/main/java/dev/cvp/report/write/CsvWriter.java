package dev.cvp.report.write;

import dev.cvp.report.analysis.Trust;
import dev.cvp.report.load.JmhMeasurements;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * results.csv: one row per workload, strategy and core count. The first twelve columns are the
 * ones DESIGN.md fixes, in its order; {@link #APPENDED} follow them. {@code workload} holds the
 * params other than strategy as {@code name=value} separated by spaces. {@code error} is the
 * half-width of the score's 95% interval (a hierarchical bootstrap over forks, then
 * iterations), empty where there is none (fewer than 2 iterations); a figure derived rather
 * than measured has {@code extrapolated} there. The {@code _low}/{@code _high} columns are
 * the ends of each figure's own 95% interval, empty where it has none; {@code flags} lists
 * {@link Trust.Flag} labels separated by ';'. {@code statistic} says what the score is: {@code mean}
 * (JMH's score: the mean of the iterations, or of every sample in sample mode), or the declared
 * latency figure (e.g. {@code p50Us}) a latency workload is scored by ({@link JmhMeasurements#scoredBy}).
 */
public final class CsvWriter {

    /** DESIGN.md's columns, in its order. */
    public static final List<String> COLUMNS = List.of("module", "benchmark", "workload", "strategy", "cores",
            "mode", "score", "error", "unit", "concurrency_gain", "parallel_speedup", "efficiency");

    /** Columns appended after {@link #COLUMNS} (DESIGN.md: new columns only ever come after them). */
    public static final List<String> APPENDED = List.of("score_low", "score_high", "forks", "iterations",
            "gain_low", "gain_high", "speedup_low", "speedup_high", "efficiency_low", "efficiency_high", "flags", "statistic");

    /** What the score column holds where no declared percentile replaces it: JMH's score, a mean. */
    public static final String MEAN = "mean";

    /** What the error column holds for a derived (not measured) figure. */
    public static final String EXTRAPOLATED = "extrapolated";

    private CsvWriter() {
    }

    /** For workloads without a run record (tests, plain JMH JSON): no disturbance flags. */
    public static String render(List<Workload> workloads) {
        return render(workloads, Trust.of(workloads, List.of()));
    }

    public static String render(List<Workload> workloads, Trust trust) {
        return render(workloads, trust, Meanings.NONE);
    }

    /**
     * With the benchmarks' declarations: a workload whose declared metric is not a job's time or
     * throughput (a cost, a latency, a count) gets no gain, speedup or efficiency.
     */
    public static String render(List<Workload> workloads, Trust trust, Meanings meanings) {
        StringBuilder out = new StringBuilder(128 + workloads.size() * 320);
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(APPENDED);
        out.append(CsvText.line(header));
        for (Workload w : workloads) {
            for (String s : w.strategies()) {
                for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                    out.append(CsvText.line(row(w, trust, s, e.getKey(), e.getValue(),
                            meanings.scales(w), JmhMeasurements.scoredBy(meanings, w.key(), e.getValue())
                                    .map(f -> f.metric()).orElse(MEAN))));
                }
            }
        }
        return out.toString();
    }

    private static List<String> row(Workload w, Trust trust, String s, int k, Cell c, boolean scales,
                                    String statistic) {
        Optional<Interval> score = CellStats.score(w, s, k).filter(Interval::sufficient);
        Optional<Ratio> gain = scales ? Scaling.gain(w, s, k) : Optional.empty();
        Optional<Ratio> speedup = scales ? Scaling.speedup(w, s, k) : Optional.empty();
        Optional<Ratio> efficiency = scales ? Scaling.efficiency(w, s, k) : Optional.empty();
        boolean measured = !c.extrapolated();
        return List.of(
                w.key().module(),
                w.key().benchmark(),
                w.key().paramsText(),
                s,
                Integer.toString(k),
                w.mode().jmhName(),
                Formats.csv(c.score()),
                measured ? score.map(i -> Formats.csv(i.halfWidth())).orElse("") : EXTRAPOLATED,
                w.unit(),
                value(gain),
                value(speedup),
                value(efficiency),
                score.map(i -> Formats.csv(i.lower())).orElse(""),
                score.map(i -> Formats.csv(i.upper())).orElse(""),
                measured ? Integer.toString(c.estimate().forkCount()) : "",
                measured ? Integer.toString(c.estimate().sampleCount()) : "",
                low(gain), high(gain), low(speedup), high(speedup), low(efficiency), high(efficiency),
                trust.flagText(w, s, k),
                statistic);
    }

    private static String value(Optional<Ratio> r) {
        return r.map(x -> Formats.csv(x.value())).orElse("");
    }

    private static String low(Optional<Ratio> r) {
        return r.map(x -> Formats.csv(x.low())).orElse("");
    }

    private static String high(Optional<Ratio> r) {
        return r.map(x -> Formats.csv(x.high())).orElse("");
    }
}
