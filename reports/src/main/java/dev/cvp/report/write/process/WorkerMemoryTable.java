package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.top;
import static dev.cvp.report.write.process.ProcessCells.secondary;

import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Memory per idle worker: resident and heap KiB per worker from the summed @AuxCounters, and how many
 * fit in one JVM worker.
 */
public final class WorkerMemoryTable {

    private WorkerMemoryTable() {
    }

    public static String render(Workload w) {
        int k = top(w);
        MarkdownTable t = new MarkdownTable(List.of("idle worker", "workers measured", "resident per worker",
                "heap per worker", "cost per worker", "workers in one JVM worker's memory"));
        Optional<Double> jvmRss = perWorker(w, "jvmProcess", k, "rssKiB");
        for (String s : w.strategies()) {
            Optional<Double> workers = secondary(w, s, k, "workers");
            if (workers.isEmpty()) {
                continue;
            }
            Optional<Double> rss = perWorker(w, s, k, "rssKiB");
            Optional<Double> heap = perWorker(w, s, k, "heapKiB");
            double cost = Math.max(rss.orElse(Double.NaN), heap.orElse(Double.NaN));
            if (rss.isEmpty() || heap.isEmpty()) {
                cost = rss.or(() -> heap).orElse(Double.NaN);
            }
            final double c = cost;
            t.row(List.of(escape(s), Formats.sig(workers.get()), rss.map(WorkerMemoryTable::kib).orElse("n/a"),
                    heap.map(WorkerMemoryTable::kib).orElse("n/a"), kib(c),
                    jvmRss.filter(j -> c > 0).map(j -> Formats.sig(j / c)).orElse("n/a")));
        }
        return "Memory per idle worker (" + Formats.cores(k) + "; cost = the larger of resident and heap):\n\n"
                + t.render() + "\n";
    }
    private static Optional<Double> perWorker(Workload w, String s, int k, String metric) {
        Optional<Double> workers = secondary(w, s, k, "workers").filter(x -> x > 0);
        return secondary(w, s, k, metric).flatMap(v -> workers.map(n -> v / n));
    }
    static String kib(double v) {
        if (!Double.isFinite(v)) {
            return "n/a";
        }
        return Math.abs(v) < 10240 ? Formats.sig(v) + " KiB" : String.format(Locale.ROOT, "%.1f MiB", v / 1024);
    }
}
