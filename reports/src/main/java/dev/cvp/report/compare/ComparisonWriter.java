package dev.cvp.report.compare;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.Problem;
import dev.cvp.bundle.declare.Declaration;
import dev.cvp.report.analysis.Comparability;
import dev.cvp.report.analysis.SequentialControl;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownReportWriter;
import dev.cvp.report.write.MarkdownTable;
import dev.cvp.report.write.chart.LineChartSvg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The comparison of two or more machines (report RUN_DIR RUN_DIR... -o FILE): bundles left out,
 * metadata side by side, comparability warnings, a ranking per lesson, workloads on only some
 * machines, then per workload measured on two or more machines: its scaling on each machine's own
 * cores (with the speedup-vs-cores chart, one line per machine), its absolute figures with 95%
 * intervals where machines share a core count and each machine's ratio to the first (resampled
 * from both machines' iterations; one whose interval includes 1 is "no measurable difference"),
 * and each machine's figures against its own sequential at its smallest core count.
 */
public final class ComparisonWriter {

    /** The markdown and the charts it links to, by file name inside the charts folder. */
    public record Rendered(String markdown, Map<String, String> charts) {
    }

    private ComparisonWriter() {
    }

    /**
     * @param chartsDir the charts folder's name, beside the markdown file ({@code [A-Za-z0-9._-]+})
     */
    public static Rendered render(Admission admission, String chartsDir) {
        List<Entrant> entrants = admission.entrants();
        List<String> names = entrants.stream().map(Entrant::name).toList();
        List<Bundle> bundles = entrants.stream().map(Entrant::bundle).toList();
        StringBuilder b = new StringBuilder();
        b.append(MarkdownReportWriter.MARKER).append("\n\n");
        b.append("# Cross-machine comparison: ").append(escape(String.join(" vs ", names))).append("\n\n");
        b.append("The first machine (").append(escape(names.get(0)))
                .append(") is the reference: ratios above 1 mean the other machine is better (faster, or more"
                        + " throughput). Every interval is 95%, from the bundles' raw iterations.\n\n");
        if (!admission.leftOut().isEmpty()) {
            b.append("## Left out\n\n");
            admission.leftOut().forEach(p -> b.append("- ").append(escape(p.toString())).append('\n'));
            b.append('\n');
        }
        b.append("## Machines\n\n").append(machines(bundles, names)).append('\n');
        b.append("## Comparability\n\n");
        List<String> warnings = Comparability.warnings(bundles, names,
                entrants.stream().map(Entrant::extraJmhArgs).toList());
        if (warnings.isEmpty() && admission.renamed().isEmpty()) {
            b.append("JVM, JMH, profile, pinning, core counts and benchmark sets match.\n");
        }
        warnings.forEach(w -> b.append("- \u26a0 ").append(escape(w)).append('\n'));
        admission.renamed().forEach(w -> b.append("- \u26a0 ").append(escape(w)).append('\n'));
        entrants.forEach(e -> b.append(controlFailed(e)));
        b.append('\n');
        Alignment alignment = Alignment.of(entrants);
        b.append(LessonRanking.render(entrants, alignment));
        b.append(onlySome(alignment, names));
        b.append("## Results\n\n");
        Map<String, String> charts = new LinkedHashMap<>();
        for (Map.Entry<WorkloadKey, List<Workload>> e : alignment.compared().entrySet()) {
            b.append(workload(e.getKey(), e.getValue(), entrants, chartsDir, charts));
        }
        if (bundles.stream().anyMatch(x -> !x.complete())) {
            b.append("## Missing and unreadable\n\n");
            for (int i = 0; i < bundles.size(); i++) {
                final String name = names.get(i);
                bundles.get(i).problems().forEach(p -> b.append("- ").append(escape(name)).append(": ")
                        .append(escape(p.toString())).append('\n'));
            }
            b.append('\n');
        }
        return new Rendered(b.toString(), charts);
    }

    /** A line when the machine's own control failed: sequential code sped up or slowed down with cores. */
    private static String controlFailed(Entrant e) {
        List<String> failed = SequentialControl.checks(e.bundle().workloads(), e.bundle().meanings()).stream()
                .filter(SequentialControl.Check::failed)
                .map(c -> escape(c.workload().key().module() + " " + c.workload().key().label()) + ": sequential "
                        + Formats.times(c.speedup()) + " from " + Scaling.baseCores(c.workload()) + " to "
                        + Formats.cores(c.cores()))
                .toList();
        if (failed.isEmpty()) {
            return "";
        }
        return "- \u26a0 the sequential control failed on " + escape(e.name()) + " (" + String.join("; ", failed)
                + "): sequential code cannot use more cores, so something besides the code changed between those"
                + " cells; its speedups there are suspect (see its report.md)\n";
    }

    private static String machines(List<Bundle> bundles, List<String> names) {
        Set<String> fields = new LinkedHashSet<>();
        bundles.forEach(x -> fields.addAll(x.machine().fields().keySet()));
        List<String> header = new ArrayList<>(List.of("field"));
        names.forEach(n -> header.add(escape(n)));
        MarkdownTable t = new MarkdownTable(header);
        List<String> folder = new ArrayList<>(List.of("bundle"));
        bundles.forEach(x -> folder.add(escape(String.valueOf(x.dir().getFileName()))));
        t.row(folder);
        for (String f : fields) {
            List<String> row = new ArrayList<>(List.of(escape(f)));
            bundles.forEach(x -> row.add(escape(x.machine().getOr(f, "\u2014"))));
            t.row(row);
        }
        return t.render();
    }

    private static String onlySome(Alignment alignment, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<WorkloadKey, List<Workload>> e : alignment.all().entrySet()) {
            List<String> on = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (e.getValue().get(i) != null) {
                    on.add(names.get(i));
                }
            }
            if (on.size() < names.size()) {
                b.append("- ").append(escape(e.getKey().module() + ": " + e.getKey().label())).append(": only on ")
                        .append(escape(String.join(", ", on))).append('\n');
            }
        }
        if (b.isEmpty()) {
            return "";
        }
        return "## Workloads on only some machines\n\nCompared where two or more machines have them; listed so"
                + " nothing is dropped silently:\n\n" + b + "\n";
    }

    private static String workload(WorkloadKey key, List<Workload> ws, List<Entrant> entrants, String chartsDir,
                                   Map<String, String> charts) {
        List<String> names = entrants.stream().map(Entrant::name).toList();
        Optional<Declaration> d = LessonRanking.declaration(entrants, key);
        StringBuilder b = new StringBuilder("### ").append(escape(key.module() + ": " + key.label())).append("\n\n");
        d.ifPresent(x -> b.append(escape(x.title())).append(" (").append(escape(x.lesson() == null ? ""
                : x.lesson().id())).append(", ").append(escape(x.metric() == null ? "" : x.metric().id()))
                .append("): ").append(escape(x.summary())).append("\n\n"));
        if (ScalingSection.applies(d, key, ws)) {
            b.append("Scaling, each machine against its own single core (speedup [95% interval], efficiency):\n\n")
                    .append(ScalingSection.table(entrants, ws, d)).append('\n');
            ScalingSection.charted(ws, d).ifPresent(s -> ScalingChart.create(key, s, entrants, ws).ifPresent(c -> {
                String file = String.format(Locale.ROOT, "speedup-%02d.svg", charts.size() + 1);
                charts.put(file, LineChartSvg.svg(c));
                b.append("![speedup vs cores, one line per machine: ").append(escape(key.label() + ", " + s))
                        .append("](").append(chartsDir).append('/').append(file).append(")\n\n");
            }));
        }
        b.append(absolute(key, ws, names));
        b.append(normalised(ws, names));
        return b.toString();
    }

    /** Each machine's score with its interval, and its ratio to the first, where two or more share a core count. */
    private static String absolute(WorkloadKey key, List<Workload> ws, List<String> names) {
        String unit = Alignment.unit(ws);
        List<String> header = new ArrayList<>(List.of("strategy", "cores"));
        names.forEach(n -> header.add(escape(n) + " (" + escape(unit) + ")"));
        for (int i = 1; i < names.size(); i++) {
            header.add(escape(names.get(i)) + " vs " + escape(names.get(0)));
        }
        MarkdownTable t = new MarkdownTable(header);
        for (String s : Alignment.strategies(ws)) {
            for (int k : Alignment.sharedCores(ws)) {
                List<Optional<Estimate>> est = ws.stream().map(w -> Alignment.estimate(w, s, k, unit)).toList();
                if (est.stream().filter(Optional::isPresent).count() < 2) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(escape(s), Integer.toString(k)));
                est.forEach(e -> row.add(e.map(x -> Formats.score(x.score(), Resampling.mean(x))).orElse("\u2014")));
                for (int i = 1; i < ws.size(); i++) {
                    row.add(versus(key, est.get(0), est.get(i)));
                }
                t.row(row);
            }
        }
        if (t.isEmpty()) {
            return "No core count is shared by two machines here: absolute figures are not compared.\n\n";
        }
        return "Absolute figures where machines share a core count (score [95% interval]; ratio to "
                + escape(names.get(0)) + "):\n\n" + t.render() + "\n";
    }

    private static String versus(WorkloadKey key, Optional<Estimate> a, Optional<Estimate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "\u2014";
        }
        Ratio r = Resampling.improvement(key.mode(), a.get(), b.get());
        return Formats.times(r) + (r.noMeasurableDifference() ? " (no measurable difference)" : "");
    }

    /** Times better than the same machine's sequential at its smallest core count. */
    private static String normalised(List<Workload> ws, List<String> names) {
        List<String> header = new ArrayList<>(List.of("strategy", "cores"));
        names.forEach(n -> header.add(escape(n)));
        MarkdownTable t = new MarkdownTable(header);
        java.util.TreeSet<Integer> cores = new java.util.TreeSet<>();
        ws.stream().filter(w -> w != null).forEach(w -> cores.addAll(w.coreCounts()));
        for (String s : Alignment.strategies(ws)) {
            for (int k : cores) {
                List<String> row = new ArrayList<>(List.of(escape(s), Integer.toString(k)));
                ws.forEach(w -> row.add(againstOwnSequential(w, s, k)));
                if (row.stream().skip(2).anyMatch(x -> !x.equals("\u2014"))) {
                    t.row(row);
                }
            }
        }
        if (t.isEmpty()) {
            return "";
        }
        return "Against each machine's own sequential at its smallest core count (compares the shape, not raw"
                + " speed):\n\n" + t.render() + "\n";
    }

    private static String againstOwnSequential(Workload w, String s, int k) {
        if (w == null || w.coreCounts().isEmpty()) {
            return "\u2014";
        }
        Optional<Estimate> base = Alignment.estimate(w, Workload.SEQUENTIAL, w.coreCounts().get(0), w.unit());
        Optional<Estimate> c = Alignment.estimate(w, s, k, w.unit());
        if (base.isEmpty() || c.isEmpty()) {
            return "\u2014";
        }
        double x = c.get().score();
        double y = base.get().score();
        return Formats.times(w.mode().higherIsBetter() ? x / y : y / x);
    }

    /** Problems to report for the exit code: each bundle left out, then each bundle's own, with its folder. */
    public static List<Problem> problems(Admission admission) {
        List<Problem> out = new ArrayList<>(admission.leftOut());
        for (Entrant e : admission.entrants()) {
            for (Problem p : e.bundle().problems()) {
                out.add(new Problem(e.bundle().dir().resolve(p.file()).toString(), p.message()));
            }
        }
        return out;
    }
}
