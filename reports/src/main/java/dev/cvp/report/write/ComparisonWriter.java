package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Comparability;
import dev.cvp.report.load.TimeUnits;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Resampling;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cross-machine comparison (report RUN_DIR RUN_DIR... -o FILE): metadata side by side,
 * comparability warnings, workloads present on only some machines, then per workload,
 * strategy and core count each machine's score with its 95% interval, its ratio to the first
 * machine with the ratio's own interval (resampled from both machines' iterations; one that
 * includes 1 is "no measurable difference"), and the same normalised to each machine's own
 * sequential score at its smallest core count.
 */
public final class ComparisonWriter {

    private ComparisonWriter() {
    }

    public static String render(List<Bundle> bundles) {
        List<String> names = names(bundles);
        StringBuilder b = new StringBuilder();
        b.append(MarkdownReportWriter.MARKER).append("\n\n");
        b.append("# Cross-machine comparison: ").append(escape(String.join(" vs ", names))).append("\n\n");
        b.append("The first machine (").append(escape(names.get(0)))
                .append(") is the reference: ratios above 1 mean the other machine is better (faster, or more"
                        + " throughput).\n\n");
        b.append("## Machines\n\n").append(machines(bundles, names)).append('\n');
        b.append("## Comparability\n\n");
        List<String> warnings = Comparability.warnings(bundles, names);
        if (warnings.isEmpty()) {
            b.append("JVM, JMH, profile and benchmark sets match.\n");
        }
        warnings.forEach(w -> b.append("- \u26a0 ").append(escape(w)).append('\n'));
        b.append('\n');
        Map<WorkloadKey, List<Workload>> aligned = align(bundles);
        b.append(onlySome(aligned, names));
        b.append("## Results\n\n");
        for (Map.Entry<WorkloadKey, List<Workload>> e : aligned.entrySet()) {
            if (e.getValue().stream().filter(w -> w != null).count() >= 2) {
                b.append(workload(e.getKey(), e.getValue(), names));
            }
        }
        int incomplete = (int) bundles.stream().filter(x -> !x.complete()).count();
        if (incomplete > 0) {
            b.append("## Missing and unreadable\n\n");
            for (int i = 0; i < bundles.size(); i++) {
                final String name = names.get(i);
                bundles.get(i).problems().forEach(p -> b.append("- ").append(escape(name)).append(": ")
                        .append(escape(p.toString())).append('\n'));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** Machine labels, made unique with #2, #3 where two bundles share one. */
    static List<String> names(List<Bundle> bundles) {
        List<String> out = new ArrayList<>();
        for (Bundle x : bundles) {
            String n = x.label();
            String candidate = n;
            for (int i = 2; out.contains(candidate); i++) {
                candidate = n + " #" + i;
            }
            out.add(candidate);
        }
        return out;
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

    /** Each workload key with its workload per bundle (null where absent), in first-seen order. */
    static Map<WorkloadKey, List<Workload>> align(List<Bundle> bundles) {
        Map<WorkloadKey, List<Workload>> out = new LinkedHashMap<>();
        for (int i = 0; i < bundles.size(); i++) {
            for (Workload w : bundles.get(i).workloads()) {
                List<Workload> row = out.computeIfAbsent(w.key(), k -> {
                    List<Workload> l = new ArrayList<>();
                    bundles.forEach(x -> l.add(null));
                    return l;
                });
                row.set(i, w);
            }
        }
        return out;
    }

    private static String onlySome(Map<WorkloadKey, List<Workload>> aligned, List<String> names) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<WorkloadKey, List<Workload>> e : aligned.entrySet()) {
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
        return "## Workloads on only some machines\n\nNot compared, listed so nothing is dropped silently:\n\n"
                + b + "\n";
    }

    private static String workload(WorkloadKey key, List<Workload> ws, List<String> names) {
        Workload ref = ws.stream().filter(w -> w != null).findFirst().orElseThrow();
        String unit = ref.unit();
        Set<String> strategies = new LinkedHashSet<>();
        TreeSet<Integer> cores = new TreeSet<>();
        for (Workload w : ws) {
            if (w != null) {
                strategies.addAll(w.strategies());
                cores.addAll(w.coreCounts());
            }
        }
        List<String> header = new ArrayList<>(List.of("strategy", "cores"));
        for (int i = 0; i < names.size(); i++) {
            header.add(escape(names.get(i)) + " (" + escape(unit) + ")");
        }
        for (int i = 1; i < names.size(); i++) {
            header.add(escape(names.get(i)) + " vs " + escape(names.get(0)));
        }
        List<String> normHeader = new ArrayList<>(List.of("strategy", "cores"));
        names.forEach(n -> normHeader.add(escape(n)));
        MarkdownTable t = new MarkdownTable(header);
        MarkdownTable norm = new MarkdownTable(normHeader);
        for (String s : strategies) {
            for (int k : cores) {
                List<Optional<Estimate>> est = new ArrayList<>();
                for (Workload w : ws) {
                    est.add(estimate(w, s, k, unit));
                }
                if (est.stream().filter(Optional::isPresent).count() < 1) {
                    continue;
                }
                List<String> row = new ArrayList<>(List.of(escape(s), Integer.toString(k)));
                est.forEach(e -> row.add(e.map(x -> Formats.score(x.score(), Resampling.mean(x))).orElse("\u2014")));
                for (int i = 1; i < ws.size(); i++) {
                    row.add(versus(key, est.get(0), est.get(i)));
                }
                t.row(row);
                List<String> nrow = new ArrayList<>(List.of(escape(s), Integer.toString(k)));
                for (Workload w : ws) {
                    nrow.add(normalised(w, s, k));
                }
                norm.row(nrow);
            }
        }
        return "### " + escape(key.module() + ": " + key.label()) + "\n\n" + t.render() + "\n"
                + "Normalised: times better than the same machine's sequential at its smallest core count"
                + " (compares scaling, not raw speed):\n\n" + norm.render() + "\n";
    }

    private static Optional<Estimate> estimate(Workload w, String s, int k, String unit) {
        if (w == null) {
            return Optional.empty();
        }
        Optional<Cell> c = w.cell(s, k);
        if (c.isEmpty()) {
            return Optional.empty();
        }
        Estimate e = c.get().estimate();
        return TimeUnits.factor(e.unit(), unit).map(f -> e.scaled(f, unit));
    }

    private static String versus(WorkloadKey key, Optional<Estimate> a, Optional<Estimate> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "\u2014";
        }
        Ratio r = Resampling.improvement(key.mode(), a.get(), b.get());
        return Formats.times(r) + (r.noMeasurableDifference() ? " (no measurable difference)" : "");
    }

    private static String normalised(Workload w, String s, int k) {
        if (w == null || w.coreCounts().isEmpty()) {
            return "\u2014";
        }
        Optional<Cell> base = w.cell(Workload.SEQUENTIAL, w.coreCounts().get(0));
        Optional<Cell> c = w.cell(s, k);
        if (base.isEmpty() || c.isEmpty()) {
            return "\u2014";
        }
        double b = base.get().score();
        double x = c.get().score();
        return Formats.times(w.mode().higherIsBetter() ? x / b : b / x);
    }
}
