package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.top;
import static dev.cvp.report.write.process.ProcessCells.score;

import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.List;
import java.util.Optional;

/** Start cost: one row per kind of start, with how many thread starts it costs as much as. */
public final class StartCostTable {

    private StartCostTable() {
    }

    public static String render(Workload w) {
        int k = top(w);
        MarkdownTable t = new MarkdownTable(List.of("start and join", "\u00b5s per start (" + Formats.cores(k) + ")",
                "platform-thread starts per start", "virtual-thread starts per start"));
        Optional<Double> platform = score(w, "platformThread", k);
        Optional<Double> virtual = score(w, "virtualThread", k);
        for (String s : w.strategies()) {
            Cell c = w.cell(s, k).orElse(null);
            if (c == null) {
                continue;
            }
            t.row(List.of(escape(s), Formats.score(c.score(), CellStats.score(w, s, k).orElse(null)) + " "
                    + escape(w.unit()),
                    platform.map(p -> Formats.sig(c.score() / p)).orElse("n/a"),
                    virtual.map(v -> Formats.sig(c.score() / v)).orElse("n/a")));
        }
        String line = score(w, "jvmProcess", k).flatMap(j -> platform.flatMap(p -> virtual.map(v ->
                "One JVM start costs as much as " + Formats.sig(j / p) + " platform-thread starts and "
                        + Formats.sig(j / v) + " virtual-thread starts.\n\n"))).orElse("");
        return "Start cost:\n\n" + t.render() + "\n" + line;
    }
}
