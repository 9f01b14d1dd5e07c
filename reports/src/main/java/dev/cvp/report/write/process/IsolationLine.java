package dev.cvp.report.write.process;

import static dev.cvp.report.write.MarkdownText.escape;
import static dev.cvp.report.write.process.ProcessCells.top;
import static dev.cvp.report.write.process.ProcessCells.secondary;

import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The isolation line: workers' increments against the parent's counter, shared or isolated. */
public final class IsolationLine {

    private IsolationLine() {
    }

    public static String render(Workload w) {
        int k = top(w);
        StringBuilder b = new StringBuilder("Isolation: ");
        List<String> parts = new ArrayList<>();
        for (String s : w.strategies()) {
            Optional<Double> made = secondary(w, s, k, "workerIncrements");
            Optional<Double> moved = secondary(w, s, k, "parentChange");
            if (made.isEmpty() || moved.isEmpty()) {
                continue;
            }
            long m = Math.round(made.get());
            long p = Math.round(moved.get());
            String verdict = m > 0 && p == m ? "shared memory" : m > 0 && p == 0 ? "each worker counted in its own memory"
                    : "unexpected";
            parts.add(escape(s) + ": workers made " + String.format(Locale.ROOT, "%,d", m)
                    + " increments and the parent's counter moved " + String.format(Locale.ROOT, "%,d", p)
                    + " (" + verdict + ")");
        }
        return parts.isEmpty() ? "" : b.append(String.join(". ", parts)).append(".\n\n").toString();
    }
}
