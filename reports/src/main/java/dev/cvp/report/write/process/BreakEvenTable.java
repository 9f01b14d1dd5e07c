package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.score;
import static dev.cvp.report.write.process.ProcessCells.number;

import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The break-even task size: per core count, each strategy's gain by task size and the bracket where it
 * starts to win.
 */
public final class BreakEvenTable {

    private BreakEvenTable() {
    }

    public static String render(List<Workload> workloads) {
        List<Workload> sizes = workloads.stream().filter(w -> w.key().shortBenchmark().equals("BreakEvenBenchmark")
                && units(w) > 0).sorted(Comparator.comparingLong(BreakEvenTable::units)).toList();
        if (sizes.isEmpty()) {
            return "";
        }
        Set<String> strategies = new LinkedHashSet<>();
        sizes.forEach(w -> w.strategies().stream().filter(s -> !s.equals(Workload.SEQUENTIAL)).forEach(strategies::add));
        Set<Integer> cores = new java.util.TreeSet<>();
        sizes.forEach(w -> cores.addAll(w.coreCounts()));
        StringBuilder b = new StringBuilder("Break-even task size (concurrency gain vs sequential; it wins where the"
                + " gain's interval lies above 1):\n\n");
        for (int k : cores) {
            List<String> header = new ArrayList<>(List.of("units", "task ms (" + Formats.cores(k) + ")"));
            strategies.forEach(s -> header.add(escape(s)));
            MarkdownTable t = new MarkdownTable(header);
            for (Workload w : sizes) {
                List<String> row = new ArrayList<>(List.of(Long.toString(units(w)), taskMs(w, k).map(Formats::sig).orElse("n/a")));
                strategies.forEach(s -> row.add(Scaling.gain(w, s, k).map(Formats::times).orElse("\u2014")));
                t.row(row);
            }
            b.append(t.render()).append('\n');
            for (String s : strategies) {
                b.append("- ").append(Formats.cores(k)).append(", ").append(escape(s)).append(": ")
                        .append(bracket(sizes, s, k)).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }
    /** The smallest size from which on the strategy wins, as a bracket in ms per task. */
    static String bracket(List<Workload> sizes, String s, int k) {
        int firstWin = -1;
        for (int i = sizes.size() - 1; i >= 0; i--) {
            Optional<Ratio> g = Scaling.gain(sizes.get(i), s, k);
            // a win is a gain whose interval lies above 1 (or, without an interval, a gain of at least 1)
            if (g.isEmpty() || g.get().value() < 1.0 || g.get().noMeasurableDifference()) {
                break;
            }
            firstWin = i;
        }
        if (firstWin < 0) {
            return "not reached up to " + taskMs(sizes.get(sizes.size() - 1), k).map(Formats::sig).orElse("?") + " ms per task";
        }
        if (firstWin == 0) {
            return "breaks even at or below " + taskMs(sizes.get(0), k).map(Formats::sig).orElse("?") + " ms per task";
        }
        return "breaks even between " + taskMs(sizes.get(firstWin - 1), k).map(Formats::sig).orElse("?") + " ms (loses) and "
                + taskMs(sizes.get(firstWin), k).map(Formats::sig).orElse("?") + " ms (wins) per task";
    }
    private static Optional<Double> taskMs(Workload w, int k) {
        long tasks = number(w.key().param("tasks"));
        return tasks <= 0 ? Optional.empty() : score(w, Workload.SEQUENTIAL, k).map(v -> v / tasks);
    }
    private static long units(Workload w) {
        return number(w.key().param("units"));
    }
}
