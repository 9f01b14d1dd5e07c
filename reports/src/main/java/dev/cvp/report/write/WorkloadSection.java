package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Findings;
import dev.cvp.report.analysis.Oversubscription;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.metrics.Significance;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One workload in report.md: its finding, the strategies-by-cores table (score ± error, then
 * parallel speedup, efficiency and concurrency gain), extrapolation notes and secondary metrics.
 */
public final class WorkloadSection {

    /** Above this error/score a cell is flagged noisy. */
    public static final double NOISY = 0.10;

    private WorkloadSection() {
    }

    /**
     * @param charts       chart paths relative to the report, with their alt text (unescaped)
     * @param measurements the workload's own measurements (for JMH's thread counts)
     */
    public static String render(Workload w, Map<String, String> charts, List<Measurement> measurements) {
        StringBuilder b = new StringBuilder();
        b.append("#### ").append(escape(w.key().label())).append("\n\n");
        b.append("Finding: ").append(escape(Findings.of(w))).append("\n\n");
        b.append(MatrixSection.classLine(w)).append("\n\n");
        List<Integer> cores = w.coreCounts();
        List<String> header = new ArrayList<>();
        header.add("strategy");
        cores.forEach(k -> header.add(Formats.cores(k)));
        MarkdownTable table = new MarkdownTable(header);
        Set<String> notes = new LinkedHashSet<>();
        for (String s : w.strategies()) {
            List<String> row = new ArrayList<>();
            row.add(escape(s));
            for (int k : cores) {
                row.add(cell(w, s, k, notes));
            }
            table.row(row);
        }
        b.append(table.render()).append('\n');
        b.append("Cells: score \u00b1 error (99.9% confidence, JMH) then parallel speedup (\u00b1 propagated error;"
                + " n.s. = no significant difference, Welch's t-test on the iterations) vs ")
                .append(Formats.cores(Scaling.baseCores(w)))
                .append(", efficiency, and concurrency gain vs sequential at the same core count")
                .append(w.mode().higherIsBetter() ? " (throughput: higher is better, ratios inverted)." : " (lower is better).")
                .append("\n\n");
        for (String n : notes) {
            b.append("- ").append(n).append('\n');
        }
        if (!notes.isEmpty()) {
            b.append('\n');
        }
        List<String> warnings = Oversubscription.warnings(w, measurements);
        for (String warning : warnings) {
            b.append("- \u26a0 oversubscribed: ").append(escape(warning))
                    .append(" (the OS time-slices them: concurrency, not parallelism)\n");
        }
        if (!warnings.isEmpty()) {
            b.append('\n');
        }
        charts.forEach((path, alt) -> b.append("![").append(escape(alt)).append("](").append(path).append(")\n\n"));
        b.append(ModelSection.render(w));
        b.append(secondary(w));
        return b.toString();
    }

    private static String cell(Workload w, String s, int k, Set<String> notes) {
        Optional<Cell> c = w.cell(s, k);
        if (c.isEmpty()) {
            return "\u2014";
        }
        Estimate e = c.get().estimate();
        StringBuilder b = new StringBuilder();
        if (c.get().extrapolated()) {
            b.append("\u2248 ").append(Formats.sig(e.score())).append(' ').append(escape(w.unit()))
                    .append(" (extrapolated\u2020)");
            notes.add("\u2020 extrapolated, not measured: " + escape(c.get().extrapolatedFrom())
                    + " (sequential time is linear in tasks); gains against it are estimates.");
        } else {
            b.append(Formats.scoreWithError(e.score(), e.error())).append(' ').append(escape(w.unit()));
            if (e.relativeError() > NOISY) {
                b.append(" \u26a0 noisy");
                notes.add("\u26a0 noisy: the error exceeds " + Formats.percent(NOISY)
                        + " of the score; rerun with more iterations or forks before quoting it.");
            }
        }
        int base = Scaling.baseCores(w);
        boolean gainNs = !s.equals(Workload.SEQUENTIAL) && Significance.noDifference(w, Workload.SEQUENTIAL, k, s, k);
        b.append("<br>speedup ").append(ratio(Scaling.speedup(w, s, k), k != base && Significance.noDifference(w, s, base, s, k)))
                .append(" \u00b7 eff ").append(Scaling.efficiency(w, s, k).map(r -> Formats.percent(r.value())).orElse("n/a"))
                .append(" \u00b7 gain ").append(ratio(Scaling.gain(w, s, k), gainNs));
        if (c.get().extrapolated() || w.cell(Workload.SEQUENTIAL, k).map(Cell::extrapolated).orElse(false)) {
            b.append(Scaling.gain(w, s, k).isPresent() ? " \u2020" : "");
        }
        return b.toString();
    }

    /** "1.97 ± 0.03×", with "(n.s.)" when Welch's test finds no significant difference. */
    private static String ratio(Optional<Ratio> r, boolean notSignificant) {
        return r.map(x -> Formats.timesWithError(x.value(), x.error()) + (notSignificant ? " (n.s.)" : ""))
                .orElse("n/a");
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
                    row.add(x == null ? "\u2014" : Formats.scoreWithError(x.score(), x.error()) + " " + escape(x.unit()));
                }
                t.row(row);
            }
        }
        return "Secondary metrics:\n\n" + t.render() + "\n";
    }
}
