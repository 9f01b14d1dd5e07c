package dev.cvp.report.compare;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The scaling shape of a workload on every machine, each normalised to its own single core:
 * parallel speedup (score at 1 core / score at k cores, inverted for throughput) with its 95%
 * interval, and efficiency (speedup / k), at the core counts two or more machines share and at
 * each machine's full count. A machine without a 1-core figure is normalised to its smallest
 * core count, and the table says so. Only for a workload whose metric scales: declared job time
 * or throughput, or, undeclared, a score that is not a latency sample.
 */
final class ScalingSection {

    private ScalingSection() {
    }

    static boolean applies(Optional<Declaration> d, WorkloadKey key, List<Workload> ws) {
        boolean scales = d.map(x -> x.metric() != null && x.metric().scales()).orElse(key.mode() != Mode.SAMPLE_TIME);
        return scales && Alignment.present(ws) >= 2
                && ws.stream().anyMatch(w -> w != null && w.hasSequential() && w.coreCounts().size() >= 2);
    }

    static String table(List<Entrant> entrants, List<Workload> ws, Optional<Declaration> d) {
        List<Integer> shared = Alignment.sharedCores(ws).stream().filter(k -> k > 1).toList();
        List<String> header = new ArrayList<>(List.of("strategy", "machine"));
        shared.forEach(k -> header.add(Formats.cores(k)));
        header.add("its full count");
        MarkdownTable t = new MarkdownTable(header);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < ws.size(); i++) {
            Workload w = ws.get(i);
            if (w != null && !w.coreCounts().isEmpty() && Scaling.baseCores(w) != 1) {
                notes.add(escape(entrants.get(i).name()) + " has no 1-core figure: its speedups are relative to its "
                        + Formats.cores(Scaling.baseCores(w)));
            }
        }
        for (String s : Alignment.strategies(ws)) {
            for (int i = 0; i < ws.size(); i++) {
                Workload w = ws.get(i);
                if (w == null || w.row(s).isEmpty()) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(escape(s) + escape(role(d, s)),
                        escape(entrants.get(i).name())));
                for (int k : shared) {
                    row.add(w.coreCounts().contains(k) ? figure(w, s, k) : "\u2014");
                }
                int full = w.coreCounts().get(w.coreCounts().size() - 1);
                row.add(full == Scaling.baseCores(w) ? Formats.cores(full) + " only"
                        : Formats.cores(full) + ": " + figure(w, s, full));
                t.row(row);
            }
        }
        StringBuilder b = new StringBuilder(t.render());
        notes.forEach(n -> b.append("\n").append(n).append('.'));
        return b.append(notes.isEmpty() ? "" : "\n").toString();
    }

    /** "1.95× [1.90–2.00], 98%": speedup with its interval, then efficiency. */
    private static String figure(Workload w, String s, int k) {
        Optional<Ratio> speedup = Scaling.speedup(w, s, k);
        if (speedup.isEmpty()) {
            return "\u2014";
        }
        String eff = Scaling.efficiency(w, s, k).map(e -> Formats.percent(e.value())).orElse("n/a");
        return Formats.times(speedup.get()) + ", " + eff;
    }

    private static String role(Optional<Declaration> d, String strategy) {
        return d.map(x -> x.strategies().get(strategy)).map(StrategyRole::role).map(r -> " (" + r.id() + ")")
                .orElse("");
    }

    /**
     * The strategy the chart follows: the first declared to run in parallel; without declarations,
     * the strategy other than sequential with the highest mean speedup at the machines' full counts.
     */
    static Optional<String> charted(List<Workload> ws, Optional<Declaration> d) {
        List<String> strategies = Alignment.strategies(ws);
        Optional<String> declared = d.flatMap(x -> x.strategies().entrySet().stream()
                .filter(e -> e.getValue().role() == Role.PARALLEL && strategies.contains(e.getKey()))
                .map(java.util.Map.Entry::getKey).findFirst());
        if (declared.isPresent()) {
            return declared;
        }
        return strategies.stream().filter(s -> !s.equals(Workload.SEQUENTIAL))
                .max(Comparator.comparingDouble(s -> meanSpeedupAtFull(ws, s)))
                .filter(s -> meanSpeedupAtFull(ws, s) > 0);
    }

    private static double meanSpeedupAtFull(List<Workload> ws, String s) {
        return ws.stream().filter(w -> w != null && !w.coreCounts().isEmpty())
                .mapToDouble(w -> Scaling.speedup(w, s, w.coreCounts().get(w.coreCounts().size() - 1))
                        .map(Ratio::value).orElse(0.0))
                .average().orElse(0);
    }
}
