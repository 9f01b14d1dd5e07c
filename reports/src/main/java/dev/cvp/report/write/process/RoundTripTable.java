package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.top;
import static dev.cvp.report.write.process.ProcessCells.score;

import dev.cvp.report.metrics.CellStats;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.List;
import java.util.Optional;

/** The round-trip of one value to a thread or a process, and its ratio to a platform thread. */
public final class RoundTripTable {

    private RoundTripTable() {
    }

    public static String render(Workload w) {
        int k = top(w);
        MarkdownTable t = new MarkdownTable(List.of("partner", "per round-trip (" + Formats.cores(k) + ")",
                "vs platformThread"));
        Optional<Double> platform = score(w, "platformThread", k);
        for (String s : w.strategies()) {
            w.cell(s, k).ifPresent(c -> t.row(List.of(escape(s),
                    Formats.score(c.score(), CellStats.score(w, s, k).orElse(null)) + " " + escape(w.unit()),
                    platform.map(p -> Formats.times(c.score() / p)).orElse("n/a"))));
        }
        return "Round-trip of one 8-byte value (waking the partner dominates; isolation costs grow with message"
                + " size):\n\n" + t.render() + "\n";
    }
}
