package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Trust;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import java.util.List;

/**
 * details.md: everything report.md summarises, in full: the machine, then per module which
 * strategies ran for which benchmark and every workload's strategies-by-cores table (scores,
 * speedups, efficiencies and gains with their intervals, flags, model fits, secondary results).
 */
public final class DetailsWriter {

    private DetailsWriter() {
    }

    public static String render(Bundle bundle, Trust trust) {
        Meanings meanings = bundle.meanings();
        StringBuilder b = new StringBuilder();
        b.append(MarkdownReportWriter.MARKER).append("\n\n");
        b.append("# Details: ").append(escape(bundle.label())).append("\n\n");
        b.append("Every workload's full table; the lessons they add up to are in [report.md](report.md).\n\n");
        b.append("## Machine\n\n").append(machine(bundle)).append('\n');
        for (String module : bundle.workloads().stream().map(w -> w.key().module()).distinct().toList()) {
            b.append("## ").append(escape(module)).append("\n\n");
            List<Workload> own = bundle.workloads().stream().filter(w -> w.key().module().equals(module)).toList();
            b.append(CoverageTable.render(own));
            for (Workload w : own) {
                b.append(WorkloadSection.render(w, trust, meanings));
            }
        }
        b.append(MarkdownReportWriter.problems(bundle));
        return b.toString();
    }

    private static String machine(Bundle bundle) {
        if (bundle.machine().fields().isEmpty()) {
            return "Machine details unknown: machine.json is missing, unreadable or empty.\n";
        }
        MarkdownTable t = new MarkdownTable(List.of("field", "value"));
        bundle.machine().fields().forEach((k, v) -> t.row(List.of(escape(k), escape(v))));
        return t.render();
    }
}
