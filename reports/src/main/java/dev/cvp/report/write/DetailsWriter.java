package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Trust;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Workload;
import dev.cvp.report.write.chart.LineChart;
import java.util.List;

/**
 * details.md: everything report.md summarises, in full: the machine, then per module which
 * strategies ran for which benchmark and every workload's strategies-by-cores table (scores,
 * speedups, efficiencies and gains with their intervals, flags, model fits, secondary results).
 */
public final class DetailsWriter {

    private DetailsWriter() {
    }

    public static String render(Bundle bundle, Trust trust, ChartFiles charts) throws java.io.IOException {
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
                b.append(speedupChart(w, charts));
            }
        }
        b.append(MarkdownReportWriter.problems(bundle));
        return b.toString();
    }

    /** Speedup vs cores of every strategy of a job split into tasks, measured at two or more core counts. */
    private static String speedupChart(Workload w, ChartFiles charts) throws java.io.IOException {
        if (w.coreCounts().size() < 2 || !w.hasSequential()) {
            return "";
        }
        List<LineChart.Series> series = ChartLines.speedups(w);
        String slug = "details-" + Integer.toHexString(w.key().toString().hashCode()) + "-" + w.key().module() + "-"
                + w.key().label();
        return charts.embed(slug, new LineChart(w.key().label(), "cores", "speedup over "
                + Formats.cores(Scaling.baseCores(w)) + " (\u00d7)", false, false, series),
                "parallel speedup vs cores: " + w.key().label());
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
