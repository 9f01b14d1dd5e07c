package dev.cvp.report.write;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.report.analysis.Classifier;
import dev.cvp.report.analysis.Findings;
import dev.cvp.report.analysis.Matrix;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.analysis.WorkloadClass;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import java.util.ArrayList;
import java.util.List;

/**
 * The top of report.md: the matrix (kinds of workload by "more tasks in flight" and "more
 * cores") with the measured figure and where it comes from, then key findings citing numbers.
 */
public final class MatrixSection {

    private MatrixSection() {
    }

    public static String render(List<Workload> workloads, Trust trust) {
        List<Matrix.Row> rows = Matrix.rows(workloads);
        MarkdownTable t = new MarkdownTable(List.of("workload kind", "more tasks in flight (concurrency)",
                "more cores (parallelism)"));
        List<String> findings = new ArrayList<>();
        for (Matrix.Row r : rows) {
            if (r.workload() == null) {
                t.row(List.of(r.kind().label(), "not measured in this run", "not measured in this run"));
                continue;
            }
            Classifier.Signature s = r.signature();
            String from = escape(Findings.label(r.workload()));
            t.row(List.of("**" + r.kind().label() + "**",
                    figure(gain(r.workload(), s), s.gainStrategy(), s.gainCores(),
                            "vs " + baseline(r.workload(), s.gainCores())) + "<br>" + from,
                    figure(speedup(r.workload(), s), s.speedupStrategy(), s.speedupCores(), "vs fewest cores")
                            + "<br>" + from));
            findings.add(sentence(r) + (trust.findingNote(r.workload()).isPresent()
                    ? " \u26a0 Measured while the run was disturbed (see the top)." : ""));
        }
        StringBuilder b = new StringBuilder("## Concurrency vs parallelism at a glance\n\n");
        b.append(t.render()).append('\n');
        b.append("Each workload is classified from its own data: concurrency gain at the fewest cores"
                + " and parallel speedup at the most (see [How to read](#how-to-read-this-report)).\n\n");
        if (!findings.isEmpty()) {
            b.append("Key findings:\n\n");
            findings.forEach(f -> b.append("- ").append(f).append('\n'));
            b.append('\n');
        }
        return b.toString();
    }

    /** "sequential", saying so when that baseline was extrapolated rather than measured. */
    private static String baseline(Workload w, int cores) {
        boolean derived = w.cell(Workload.SEQUENTIAL, cores).map(c -> c.extrapolated()).orElse(false);
        return derived ? "sequential (extrapolated: no interval)" : "sequential";
    }

    /**
     * The gain the signature was decided by, with its interval ("1.00× [0.98–1.02]"); against an
     * extrapolated sequential, which {@link #baseline} names, just the figure.
     */
    private static String gain(Workload w, Classifier.Signature s) {
        if (s.gainStrategy() == null || Double.isNaN(s.gain())) {
            return "n/a";
        }
        if (w.cell(Workload.SEQUENTIAL, s.gainCores()).map(c -> c.extrapolated()).orElse(false)) {
            return Formats.times(s.gain());
        }
        return Scaling.gain(w, s.gainStrategy(), s.gainCores()).map(Formats::times).orElse(Formats.times(s.gain()));
    }

    /** The speedup the signature was decided by, with its interval. */
    private static String speedup(Workload w, Classifier.Signature s) {
        return s.speedupStrategy() == null || Double.isNaN(s.speedup()) ? "n/a"
                : Scaling.speedup(w, s.speedupStrategy(), s.speedupCores()).map(Formats::times)
                .orElse(Formats.times(s.speedup()));
    }

    private static String figure(String value, String strategy, int cores, String what) {
        if (value.equals("n/a") || strategy == null) {
            return "n/a";
        }
        return "**" + value + "** " + what + " (" + escape(strategy) + ", " + Formats.cores(cores) + ")";
    }

    private static String sentence(Matrix.Row r) {
        Classifier.Signature s = r.signature();
        String name = escape(Findings.label(r.workload()));
        String gain = gain(r.workload(), s);
        String speed = speedup(r.workload(), s);
        return switch (r.kind()) {
            case IO_BOUND -> "**I/O-bound** (" + name + "): " + escape(s.gainStrategy()) + " is " + gain
                    + " faster than " + baseline(r.workload(), s.gainCores())
                    + " on " + Formats.cores(s.gainCores())
                    + (Double.isNaN(s.speedup()) ? "" : ", and " + s.speedupCores() + " cores add only " + speed)
                    + ": concurrency, not parallelism, is what helps waiting work.";
            case CPU_BOUND -> "**CPU-bound** (" + name + "): " + escape(s.speedupStrategy()) + " reaches " + speed
                    + " on " + s.speedupCores() + " cores, while overlapping tasks on " + Formats.cores(s.gainCores())
                    + " gains " + gain + ": only more cores make computing faster.";
            case MEMORY_BANDWIDTH_BOUND -> "**Memory-bandwidth-bound** (" + name + "): the best speedup is " + speed
                    + " on " + s.speedupCores() + " cores, below the core count: the memory bus, not the cores,"
                    + " sets the limit.";
            case SERIALIZED -> "**Serialized** (" + name + (r.byStrategy() ? " with " + escape(s.speedupStrategy()) : "")
                    + "): " + speed + " on " + s.speedupCores() + " cores and " + gain
                    + " from overlapping: " + Findings.why(s.speedupStrategy()) + ".";
            case UNCLASSIFIED -> "**Unclassified** (" + name + "): gain " + gain + ", speedup " + speed + ".";
        };
    }

    /** "Class: CPU-bound (gain 1.00× at 1 core, speedup 1.97× on 2 cores)", for a workload section. */
    public static String classLine(Workload w) {
        Classifier.Signature s = Classifier.workload(w);
        WorkloadClass k = s.kind();
        if (s.gainStrategy() == null && s.speedupStrategy() == null) {
            return "Class: **" + k.label() + "** (no concurrency gain or parallel speedup to judge by: one task per"
                    + " operation, one strategy, or one core count without a sequential baseline).";
        }
        return "Class: **" + k.label() + "** (concurrency gain " + gain(w, s) + " at "
                + Formats.cores(s.gainCores()) + ", parallel speedup " + speedup(w, s)
                + (Double.isNaN(s.speedup()) ? "" : " on " + s.speedupCores() + " cores") + "): " + k.meaning() + ".";
    }
}
