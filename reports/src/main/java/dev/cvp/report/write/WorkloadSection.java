package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.jmh.Metric;
import dev.cvp.report.analysis.Findings;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.load.JmhMeasurements;
import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Interval;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One workload in report.md: its finding, the strategies-by-cores table (score with its 95%
 * interval, then parallel speedup, efficiency and concurrency gain, the ratios with their own
 * intervals), the flags of each cell, extrapolation notes and secondary metrics.
 */
public final class WorkloadSection {

    /** A score whose 95% interval reaches beyond ± this share of it is flagged wide. */
    public static final double WIDE = 0.10;
    /** A sampled score this many times its median is set by its tail (see {@link #tailBound}). */
    static final double TAIL = 2;

    private WorkloadSection() {
    }

    /**
     * @param charts       chart paths relative to the report, with their alt text (unescaped)
     * @param measurements the workload's own measurements (for JMH's thread counts)
     */
    public static String render(Workload w, Trust trust, Meanings meanings) {
        StringBuilder b = new StringBuilder();
        b.append("#### ").append(escape(w.key().label())).append("\n\n");
        meanings.of(w).ifPresent(d -> b.append(escape(d.summary())).append("\n\n"));
        b.append("Finding: ").append(finding(w, trust, meanings)).append("\n\n");
        List<Integer> cores = w.coreCounts();
        List<String> header = new ArrayList<>();
        header.add("strategy");
        cores.forEach(k -> header.add(Formats.cores(k)));
        MarkdownTable table = new MarkdownTable(header);
        Set<String> notes = new LinkedHashSet<>();
        boolean scales = meanings.scales(w);
        for (String s : w.strategies()) {
            List<String> row = new ArrayList<>();
            row.add(escape(s));
            for (int k : cores) {
                row.add(cell(w, trust, s, k, notes, scales));
            }
            table.row(row);
        }
        b.append(table.render()).append('\n');
        if (!scales) {
            b.append("Cells: score [95% interval]. The declared metric (")
                    .append(meanings.of(w).get().metric().id())
                    .append(") is not a job's time, so no speedup or gain is computed for it.")
                    .append(w.strategies().stream().flatMap(s -> w.row(s).values().stream())
                            .flatMap(c -> JmhMeasurements.scoredBy(meanings, w.key(), c).stream()).findFirst()
                            .map(f -> " The score is the declared " + escape(f.label())
                            + " (`" + escape(f.metric()) + "`), each iteration's value averaged over the iterations;"
                            + " JMH's own score, a mean that a few late events set, is the `" + JmhMeasurements.JMH_SCORE
                            + "` column below.").orElse(""))
                    .append("\n\n");
        } else {
            b.append("Cells: score [95% interval], then parallel speedup vs ")
                .append(Formats.cores(Scaling.baseCores(w)))
                .append(", efficiency, and concurrency gain vs sequential at the same core count, each ratio with its own"
                        + " 95% interval (one that includes 1: no measurable difference)")
                .append(w.mode().higherIsBetter() ? " (throughput: higher is better, ratios inverted)." : " (lower is better).")
                .append("\n\n");
        }
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        if (!notes.isEmpty()) {
            b.append('\n');
        }
        if (meanings.scales(w)) {
            b.append(ModelSection.render(w));
        }
        b.append(secondary(w));
        return b.toString();
    }

    /** The workload's finding, with what the run's state adds to it; escaped. */
    public static String finding(Workload w, Trust trust, Meanings meanings) {
        return escape(Findings.of(w, meanings)) + trust.findingNote(w).map(n -> " (\u26a0 " + escape(n) + ")")
                .orElse("");
    }

    private static String cell(Workload w, Trust trust, String s, int k, Set<String> notes, boolean scales) {
        Optional<Cell> c = w.cell(s, k);
        if (c.isEmpty()) {
            return "\u2014";
        }
        StringBuilder b = new StringBuilder();
        if (c.get().extrapolated()) {
            b.append("\u2248 ").append(Formats.sig(c.get().score())).append(' ').append(escape(w.unit()))
                    .append(" (extrapolated\u2020)");
            notes.add("\u2020 extrapolated, not measured: " + escape(c.get().extrapolatedFrom())
                    + " (sequential time is linear in tasks; every raw iteration scaled alike, so gains against it"
                    + " keep an interval).");
        } else {
            Interval interval = CellStats.score(w, s, k).orElse(null);
            b.append(Formats.score(c.get().score(), interval)).append(' ').append(escape(w.unit()));
            if (interval != null && interval.relativeHalfWidth() > WIDE) {
                boolean tail = tailBound(c.get());
                b.append(tail ? " \u26a0 wide (tail)" : " \u26a0 wide");
                notes.add(tail ? "\u26a0 wide (tail): the score is the mean of a latency distribution and more than "
                        + Formats.sig(TAIL) + "\u00d7 its median (" + Metric.SAMPLE_MEDIAN + "): a few slow samples set"
                        + " it, so it narrows only with many times more of them; quote the percentiles (metrics.csv)"
                        + " instead."
                        : "\u26a0 wide: the 95% interval reaches beyond \u00b1" + Formats.percent(WIDE)
                        + " of the score; rerun with more forks (or iterations, with one fork) before quoting it.");
            }
        }
        for (Trust.Flag f : trust.flags(w, s, k)) {
            b.append(" \u26a0 ").append(f.label());
            notes.add(FLAG_NOTES.get(f));
        }
        if (!scales) {
            return b.toString();
        }
        b.append("<br>speedup ").append(ratio(Scaling.speedup(w, s, k)))
                .append(" \u00b7 eff ").append(Scaling.efficiency(w, s, k).map(r -> Formats.percent(r.value())).orElse("n/a"))
                .append(" \u00b7 gain ").append(ratio(Scaling.gain(w, s, k)));
        if (c.get().extrapolated() || w.cell(Workload.SEQUENTIAL, k).map(Cell::extrapolated).orElse(false)) {
            b.append(Scaling.gain(w, s, k).isPresent() ? " \u2020" : "");
        }
        return b.toString();
    }

    /**
     * Whether a cell's score is the mean of a sampled distribution ({@code p0.50} among its
     * secondary metrics, as JMH's sample mode gives) more than {@link #TAIL} times its median.
     */
    static boolean tailBound(Cell c) {
        Estimate median = c.secondary().get(Metric.SAMPLE_MEDIAN);
        return median != null && median.score() > 0 && c.score() > TAIL * median.score();
    }

    private static final Map<Trust.Flag, String> FLAG_NOTES = Map.of(
            Trust.Flag.DISTURBED, "\u26a0 disturbed: other activity on the machine during this cell, or during the cell"
                    + " its speedup divides by (see the top of the report); do not quote its speedup.",
            Trust.Flag.CONTROL_FAILED, "\u26a0 control-failed: this workload's sequential changed speed with cores,"
                    + " which sequential code cannot do; its speedups at this core count are suspect.",
            Trust.Flag.NOT_SETTLED, "\u26a0 not-settled: the iterations show a trend (warm-up unfinished, or drift),"
                    + " so their mean is not a steady-state score; more warm-up is needed before quoting it.",
            Trust.Flag.SUPERLINEAR, "\u26a0 superlinear: faster than k\u00d7 on k cores beyond the interval; usually the"
                    + " 1-core side was slowed (something shared its core, or warm-up), sometimes caches that the split"
                    + " data fit in.");

    /** "1.97× [1.92–2.02]", "1.97× (no interval)", or "n/a". */
    private static String ratio(Optional<Ratio> r) {
        return r.map(Formats::times).orElse("n/a");
    }

    /** A table of every secondary metric (other than cpus) by strategy and core count. */
    private static String secondary(Workload w) {
        Set<String> metrics = new LinkedHashSet<>();
        for (String s : w.strategies()) {
            w.row(s).values().forEach(c -> metrics.addAll(c.secondary().keySet()));
        }
        if (metrics.isEmpty()) {
            return "";
        }
        List<String> header = new ArrayList<>(List.of("strategy", "cores"));
        metrics.forEach(m -> header.add(escape(m)));
        MarkdownTable t = new MarkdownTable(header);
        for (String s : w.strategies()) {
            for (Map.Entry<Integer, Cell> e : w.row(s).entrySet()) {
                if (e.getValue().secondary().isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(escape(s), Integer.toString(e.getKey())));
                for (String m : metrics) {
                    Estimate x = e.getValue().secondary().get(m);
                    row.add(x == null ? "\u2014" : Formats.sig(x.score()) + " " + escape(x.unit()));
                }
                t.row(row);
            }
        }
        return "Secondary metrics (JMH's score of each, but the mean of its iterations for a counter whose unit is declared;"
                + " no intervals" + (metrics.contains(JmhMeasurements.BUSY_METRIC) ? "; `" + JmhMeasurements.BUSY_METRIC
                + "`: the CPUs the JVM kept busy, its CPU time over wall time" : "") + "):\n\n" + t.render() + "\n";
    }
}
