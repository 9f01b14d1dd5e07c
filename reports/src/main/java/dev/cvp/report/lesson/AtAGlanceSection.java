package dev.cvp.report.lesson;

import static dev.cvp.report.write.MarkdownText.escape;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Role;
import dev.cvp.report.analysis.SequentialControl;
import dev.cvp.report.analysis.Trust;
import dev.cvp.report.metrics.Ratio;
import dev.cvp.report.metrics.Scaling;
import dev.cvp.report.model.Workload;
import dev.cvp.report.stats.Band;
import dev.cvp.report.write.Formats;
import dev.cvp.report.write.MarkdownTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * I/O-bound vs CPU-bound, at a glance: the declared canonical examples (never the most extreme
 * value), each with what overlapping buys on the fewest cores and what more cores buy.
 */
final class AtAGlanceSection implements LessonSection {

    private record Row(Example example, Workload w, String strategy) {
    }

    @Override
    public String render(LessonContext c) {
        List<Row> rows = rows(c);
        if (rows.isEmpty()) {
            return "";
        }
        int lo = c.minCores();
        int hi = c.maxCores();
        StringBuilder b = new StringBuilder("## I/O-bound vs CPU-bound at a glance\n\n");
        b.append("Waiting work and computing work answer differently to the two tools of the chapter:"
                + " **concurrency** (overlap tasks while they wait: the gain over running them one at a time, on "
                + Formats.cores(lo) + ") and **parallelism** (run them on more cores: "
                + (hi > lo ? "the speedup from " + Formats.cores(lo) + " to " + Formats.cores(hi)
                : "not measured by this run, which used one core count; run with --cores 1,2 or more") + ")."
                + " Each row is the declared example of its kind; brackets hold 95% intervals.\n\n");
        List<String> header = new ArrayList<>(List.of("work", "strategy", "how it runs", "gain on " + Formats.cores(lo)));
        if (hi > lo) {
            header.add("speedup on " + Formats.cores(hi));
        }
        header.add("reading");
        MarkdownTable t = new MarkdownTable(header);
        for (Row r : rows) {
            Optional<Ratio> gain = Scaling.gain(r.w(), r.strategy(), lo);
            Optional<Ratio> speedup = hi > lo ? Scaling.speedup(r.w(), r.strategy(), hi) : Optional.empty();
            boolean oneAtATime = c.meanings().is(r.w(), r.strategy(), Role.SERIALIZED)
                    || c.meanings().is(r.w(), r.strategy(), Role.SINGLE_THREAD);
            String reading = reading(r.example() == Example.CPU_BOUND, gain, speedup, lo, hi, oneAtATime);
            List<String> row = new ArrayList<>(List.of(escape(Pick.title(c, r.w())) + " (" + r.example().id() + ")",
                    escape(r.strategy()), escape(Pick.how(c, r.w(), r.strategy())), gain.map(Words::ratio).orElse("n/a")));
            if (hi > lo) {
                row.add(speedup.map(Words::ratio).orElse("n/a"));
            }
            row.add(hi > lo ? reading : gain.map(g -> Words.helps(g) ? "overlapping helps"
                    : Words.noDifference(g) ? "overlapping alone does not help" : "too few samples to tell")
                    .orElse("n/a"));
            t.row(row);
        }
        b.append(t.render()).append('\n');
        contrast(c, rows, lo, hi).ifPresent(s -> b.append(s).append("\n\n"));
        return b.toString();
    }

    private static List<Row> rows(LessonContext c) {
        List<Row> rows = new ArrayList<>();
        for (Example e : Example.values()) {
            Optional<Workload> w = Pick.example(c, e);
            if (w.isEmpty()) {
                continue;
            }
            Role headlineRole = e == Example.IO_BOUND ? Role.OVERLAPS_WAITS : Role.PARALLEL;
            Pick.headline(c, w.get(), headlineRole).ifPresent(s -> rows.add(new Row(e, w.get(), s)));
            if (e == Example.CPU_BOUND) {
                Pick.withRole(c, w.get(), Role.SERIALIZED, Role.SINGLE_THREAD)
                        .forEach(s -> rows.add(new Row(e, w.get(), s)));
            }
        }
        return rows;
    }

    /**
     * The reading of a row, where a figure contradicts what the strategy or the work can do: a lock
     * or one thread faster on more cores, or computing work ({@code computing}) faster by
     * overlapping on one core. Either counts only beyond the sequential control's band (0.9-1.1,
     * {@link SequentialControl#band()}): sequential code itself moves that much (the JIT and GC get
     * the other core), so a smaller effect, however well measured, is no lesson and is read as none,
     * with its figure named. Otherwise {@link #reading(Optional, Optional, int, boolean)}.
     */
    static String reading(boolean computing, Optional<Ratio> gain, Optional<Ratio> speedup, int lo, int hi,
                          boolean oneAtATime) {
        boolean lockFaster = oneAtATime && speedup.isPresent() && Words.helps(speedup.get());
        if (lockFaster && SequentialControl.beyondBand(speedup.get())) {
            return "faster on " + hi + " cores, which one lock or one thread cannot explain: see the controls";
        }
        boolean computingFaster = computing && gain.isPresent() && Words.helps(gain.get());
        if (computingFaster && SequentialControl.beyondBand(gain.get())) {
            return "faster by overlapping on " + Formats.cores(lo) + ", which computing work cannot be: see How far to"
                    + " trust";
        }
        boolean waitingFaster = !computing && !oneAtATime && speedup.isPresent() && smallSpeedup(speedup.get());
        String reading = reading(computingFaster ? Optional.of(Ratio.ONE) : gain,
                lockFaster || waitingFaster ? Optional.of(Ratio.ONE) : speedup, hi, oneAtATime);
        List<String> small = new ArrayList<>();
        boolean inside = true;
        if (computingFaster) {
            small.add(Words.ratio(gain.get()) + " on " + Formats.cores(lo));
            inside = Words.insideBand(gain.get());
        }
        if (lockFaster || waitingFaster) {
            small.add(Words.ratio(speedup.get()) + " on " + Formats.cores(hi));
            inside &= Words.insideBand(speedup.get());
        }
        return small.isEmpty() ? reading : reading + " (" + String.join(" and ", small) + Words.band(inside) + ")";
    }

    /**
     * A measurable speedup no larger than sequential code's own (not wholly beyond the 0.9-1.1
     * band): for waiting work, the JIT and GC getting a second core, not the lesson. Seen: Sleep
     * under {@code virtual} at 1.02x [1.00-1.04] on 2 cores.
     */
    private static boolean smallSpeedup(Ratio r) {
        return Words.helps(r) && !SequentialControl.beyondBand(r);
    }

    /**
     * What the two figures say together, worded by their intervals; {@code oneAtATime} for a
     * strategy that runs one task at a time (one lock, one thread), the only kind for which
     * "neither helps" is the expected reading rather than a sign that the run went wrong.
     */
    static String reading(Optional<Ratio> gain, Optional<Ratio> speedup, int cores, boolean oneAtATime) {
        if (gain.isEmpty() || speedup.isEmpty()) {
            return "not measured at both core counts";
        }
        boolean overlap = Words.helps(gain.get());
        boolean more = Words.helps(speedup.get());
        if (gain.get().difference() == dev.cvp.report.stats.IntervalReading.Difference.UNKNOWN
                || speedup.get().difference() == dev.cvp.report.stats.IntervalReading.Difference.UNKNOWN) {
            return "too few samples to tell";
        }
        if (overlap && !more) {
            return "overlapping helps; more cores do not";
        }
        if (speedup.get().above(cores)) {
            return "faster than " + cores + " cores can give: see the controls under How far to trust";
        }
        if (!overlap && more) {
            double eff = speedup.get().value() / cores;
            return "more cores help (" + Formats.percent(eff) + " of ideal); overlapping alone does not";
        }
        if (overlap) {
            return "both help";
        }
        return oneAtATime ? "neither helps: one task runs at a time"
                : "neither helped in this run, though its tasks can run on every core: see How far to trust";
    }

    /**
     * What the top of the report says that touches the contrast: a failed control (every size in
     * the run is suspect), or other activity during the rows it quotes; "" when neither.
     */
    private static String caveat(LessonContext c, Row cpu, Row io, int lo, int hi) {
        if (c.trust().controlsFailed()) {
            return " The direction holds, but this run's controls failed, so take its sizes from a quieter run (see the"
                    + " top).";
        }
        boolean touched = Stream.of(c.trust().flags(cpu.w(), cpu.strategy(), hi),
                        c.trust().flags(io.w(), io.strategy(), lo), c.trust().flags(io.w(), Workload.SEQUENTIAL, lo),
                        c.trust().flags(io.w(), io.strategy(), hi))
                .anyMatch(f -> f.contains(Trust.Flag.DISTURBED));
        return touched ? " The direction holds, but other activity on the machine disturbed some of these figures, so"
                + " take their sizes from a quieter run (see the top)." : "";
    }

    /** The chapter's contrast, stated only when this run shows it. */
    private static Optional<String> contrast(LessonContext c, List<Row> rows, int lo, int hi) {
        Optional<Row> cpu = rows.stream().filter(r -> r.example() == Example.CPU_BOUND).findFirst();
        Optional<Row> io = rows.stream().filter(r -> r.example() == Example.IO_BOUND).findFirst();
        if (cpu.isEmpty() || io.isEmpty() || hi == lo) {
            return Optional.empty();
        }
        Optional<Ratio> cpuSpeed = Scaling.speedup(cpu.get().w(), cpu.get().strategy(), hi);
        Optional<Ratio> ioGain = Scaling.gain(io.get().w(), io.get().strategy(), lo);
        Optional<Ratio> ioSpeed = Scaling.speedup(io.get().w(), io.get().strategy(), hi);
        if (cpuSpeed.isEmpty() || ioGain.isEmpty() || ioSpeed.isEmpty()) {
            return Optional.empty();
        }
        boolean small = smallSpeedup(ioSpeed.get());
        if (Words.helps(cpuSpeed.get()) && Words.helps(ioGain.get()) && (!Words.helps(ioSpeed.get()) || small)) {
            Band band = SequentialControl.band();
            return Optional.of("**The lesson, on this machine:** computing work (" + escape(Pick.title(c, cpu.get().w()))
                    + ") went " + Words.ratio(cpuSpeed.get()) + " faster with " + Formats.cores(hi)
                    + "; waiting work (" + escape(Pick.title(c, io.get().w())) + ") went " + Words.ratio(ioGain.get())
                    + " faster by overlapping on " + Formats.cores(lo) + ", and more cores gave it "
                    + (small ? "no more than the " + Formats.sig(band.low()) + "\u2013" + Formats.sig(band.high())
                    + " that sequential code also moves" : "no measurable speedup")
                    + " (" + Words.ratio(ioSpeed.get()) + ")." + caveat(c, cpu.get(), io.get(), lo, hi));
        }
        return Optional.of("**This run does not show the chapter's contrast cleanly** (CPU-bound speedup "
                + Words.ratio(cpuSpeed.get()) + ", I/O-bound gain " + Words.ratio(ioGain.get()) + " and speedup "
                + Words.ratio(ioSpeed.get()) + "); see [How far to trust these numbers](#how-far-to-trust-these-numbers).");
    }
}
