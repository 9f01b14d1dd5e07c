package dev.cvp.runner.refine;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Run;
import dev.cvp.report.analysis.WideSpeedups;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.runner.plan.Durations;
import dev.cvp.runner.plan.Refinement;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Spends a profile's time budget where the uncertainty is: after the planned rounds it reads the
 * bundle as the report will ({@link WideSpeedups}). First it measures again, in place of the round
 * they came from, the results a slow CPU or another program hit for too long to set their
 * iterations aside (at most {@value #MAX_REPLACEMENT_STEPS} such steps); then it gives more rounds
 * to the rows whose speedup contradicts what their code can do (a control out of its band, a speedup
 * above the core count, a lock or one thread faster on more cores: {@link WideSpeedups#contradictions}),
 * then to the rows the report's controls judge until they have three ({@link WideSpeedups#controls}),
 * then to those whose speedup intervals are wider than the target, widest first among those the
 * budget left can bring to it, then to those from fewer than three rounds, and only then to the wide
 * rows it cannot ({@link StepPlanner#reachable}). It reads the bundle again
 * after each step and stops when nothing is left to do, the next step no longer fits in the budget,
 * or an extra round fails (that module gets no more).
 * Every line it prints says what it does and how much of the budget is left.
 *
 * <p>When the last invocation ended while another program was busy ({@link QuietWait}),
 * it waits for the machine to be quiet before the next extra round, within the budget: a round
 * measured beside that program would replace nothing and widen every interval it joins.
 */
public final class Refiner {

    /**
     * Runs one extra round, stopping it after {@code timeoutSeconds} (or the cell timeout, if
     * shorter), and records it in run.json; returns the recorded invocation.
     */
    public interface Launcher {
        Invocation run(ExtraRound round, long timeoutSeconds);
    }

    /**
     * What an extra round may take beyond the budget left and twice its estimate: a JVM's start.
     * An extra round is a few seconds, yet one of CPython's 10,000 threads on one core once took
     * 69 s (iterations of 19 and 21 s against 0.6 s): without a limit it ran the default matrix
     * a minute past its 10.
     */
    static final long EXTRA_SLACK_SECONDS = 10;

    /** Other processes' share of the machine's CPUs now (it may take a second to look); empty when unknown. */
    public interface Quiet {
        java.util.OptionalDouble otherPercentNow() throws InterruptedException;
    }

    /** Replacement steps at most: a row a spell hits again and again must not take the whole budget. */
    static final int MAX_REPLACEMENT_STEPS = 2;

    /** What one row costs per round when a cell has no finished round to learn it from. */
    static final double UNKNOWN_ROW_SECONDS = 5.0;

    private final Path bundle;
    private final Refinement refinement;
    private final List<Integer> cores;
    private final Supplier<Run> run;
    private final BooleanSupplier interrupted;
    private final Quiet quiet;
    private final PrintWriter out;

    /** @param quiet how the machine is looked at before an extra round, null to never wait */
    public Refiner(Path bundle, Refinement refinement, List<Integer> cores, Supplier<Run> run,
                   BooleanSupplier interrupted, Quiet quiet, PrintWriter out) {
        this.bundle = bundle;
        this.refinement = refinement;
        this.cores = List.copyOf(cores);
        this.run = run;
        this.interrupted = interrupted;
        this.quiet = quiet;
        this.out = out;
    }

    public void run(Launcher launcher) {
        run(launcher, 0, 0);
    }

    /**
     * @param overrunSeconds how much longer than their estimate the planned rounds took (0 without
     *                       one): it comes out of a fixed budget ({@link Refinement#seconds(double, long)})
     * @param elapsedSeconds how long the run has taken so far: the extra rounds end by the profile's
     *                       deadline, if it has one ({@link Refinement#seconds(double, long, long)})
     */
    public void run(Launcher launcher, long overrunSeconds, long elapsedSeconds) {
        String target = refinement.targetText();
        Bundle bundle = load();
        if (bundle == null) {
            return;
        }
        List<WideSpeedups.Row> hits = WideSpeedups.spellHits(bundle);
        List<WideSpeedups.Row> contra = WideSpeedups.contradictions(bundle);
        List<WideSpeedups.Row> controls = WideSpeedups.controls(bundle);
        List<WideSpeedups.Row> wide = WideSpeedups.of(bundle, refinement.target());
        List<WideSpeedups.Row> few = WideSpeedups.fewRounds(bundle);
        if (hits.isEmpty() && contra.isEmpty() && controls.isEmpty() && wide.isEmpty() && few.isEmpty()) {
            say("refine: no result was measured during a slow or busy spell, and every parallel speedup has "
                    + WideSpeedups.ROUNDS_TO_TELL + " rounds or more and is within " + target + "; no extra rounds");
            return;
        }
        double planned = run.get().invocations().stream().filter(i -> !i.extra() && i.seconds() != null)
                .mapToDouble(Invocation::seconds).sum();
        long budget = refinement.seconds(planned, overrunSeconds, elapsedSeconds);
        boolean deadline = refinement.deadlineSeconds() > 0;
        if (budget == 0 && (deadline || refinement.budgetSeconds() > 0)) {
            say("refine: " + state(hits, contra, controls, wide, few) + "; no extra rounds: " + (deadline
                    ? "the run has taken " + Durations.human(elapsedSeconds) + ", all of the "
                    + Durations.human(refinement.deadlineSeconds()) + " the profile gives it"
                    : "the planned rounds took " + Durations.human(overrunSeconds) + " beyond their estimate, all of "
                    + refinement.sourceText()));
            return;
        }
        String source = refinement.budgetShare() > 0 && !deadline ? refinement.budgetText()
                : deadline && budget < refinement.seconds(planned, 0)
                ? "what is left of the " + Durations.human(refinement.deadlineSeconds()) + " the profile gives the run"
                : budget < refinement.budgetSeconds() ? refinement.sourceText() + ", less the "
                + Durations.human(overrunSeconds) + " the planned rounds took beyond their estimate"
                : refinement.given() ? "--budget" : "the profile's budget";
        say("refine: " + state(hits, contra, controls, wide, few) + "; up to " + Durations.human(budget)
                + " of extra rounds (" + source + "): results a slow CPU or another program hit first, then"
                + " contradictions and controls, then the widest speedups the time left can bring within "
                + refinement.targetText() + ", then those with fewer than " + WideSpeedups.ROUNDS_TO_TELL
                + " rounds, then the wide ones it cannot");
        long start = System.nanoTime();
        Set<String> stopped = new HashSet<>();
        int done = 0;
        int replacing = 0;
        String why = null;
        while (!interrupted.getAsBoolean()) {
            if (!quietBefore(budget, start)) {
                why = "the machine stayed busy until the budget ran out";
                break;
            }
            double left = budget - seconds(start);
            List<WideSpeedups.Row> openHits = replacing >= MAX_REPLACEMENT_STEPS ? List.of()
                    : open(hits, stopped);
            StepPlanner.Reach reach = StepPlanner.reachable(wide, refinement.target(), cores, this::perRow, left);
            List<WideSpeedups.Row> openWide = open(inOrder(contra, controls, reach.reachable(), few), stopped);
            if (openWide.isEmpty()) {
                openWide = open(reach.beyond(), stopped); // a step takes every row that fits: these only once the rest are done
            }
            List<ExtraRound> step = StepPlanner.replacements(openHits, nextRounds(), this::perRow, left);
            if (step.isEmpty()) {
                step = StepPlanner.step(openWide, cores, nextRounds(), this::perRow, left);
            } else {
                replacing++;
            }
            if (step.isEmpty()) {
                why = !openHits.isEmpty() || openWide.stream().anyMatch(r -> !StepPlanner.capped(r))
                        ? "the next round does not fit in the " + Durations.human(Math.max(0, Math.round(left))) + " left"
                        : !openWide.isEmpty() ? "the rows left have the most rounds a row may get ("
                        + StepPlanner.MAX_ROUNDS + ")"
                        : !stopped.isEmpty() ? "an extra round failed"
                        : "the results a slow or busy spell hit were measured again " + MAX_REPLACEMENT_STEPS + " times already";
                break;
            }
            ExtraRound previous = null;
            for (ExtraRound x : step) {
                if (interrupted.getAsBoolean() || stopped.contains(x.module())) {
                    break;
                }
                if (x != step.get(0) && quiet != null && QuietWait.needed(last())) {
                    break; // plan again once the machine is quiet: the wait comes out of the budget first
                }
                double remaining = budget - seconds(start);
                if (x != step.get(0) && remaining <= 0 && !sameRound(x, previous)) {
                    break; // a round started is finished (its other core counts pair it); a new one needs budget
                }
                previous = x;
                done++;
                out.printf("[+%d] %s @ %d %s, round %d%s (%s) ... ", done, x.module(), x.cores(),
                        x.cores() == 1 ? "core" : "cores", x.round(),
                        x.replaces() == null ? "" : " in place of round " + x.replaces(), x.shown());
                out.flush();
                Invocation i = launcher.run(x, (long) Math.ceil(Math.max(0, remaining) + 2 * x.expectSeconds()
                        + EXTRA_SLACK_SECONDS));
                double took = i == null || i.seconds() == null ? 0 : i.seconds();
                String state = i == null ? "FAILED" : i.ok() ? "ok" : i.state().name().toLowerCase(Locale.ROOT);
                say(state + " in " + Math.round(took) + "s; " + Durations.human(Math.max(0, Math.round(budget
                        - seconds(start)))) + " of the budget left");
                if (i == null || !i.ok()) {
                    stopped.add(x.module());
                    if (i != null && i.reason() != null) {
                        say("      " + i.reason() + " (no more extra rounds for " + x.module() + ")");
                    }
                }
            }
            bundle = load();
            if (bundle == null) {
                return;
            }
            hits = WideSpeedups.spellHits(bundle);
            contra = WideSpeedups.contradictions(bundle);
            controls = WideSpeedups.controls(bundle);
            wide = WideSpeedups.of(bundle, refinement.target());
            few = WideSpeedups.fewRounds(bundle);
            if (hits.isEmpty() && contra.isEmpty() && controls.isEmpty() && wide.isEmpty() && few.isEmpty()) {
                break;
            }
        }
        if (interrupted.getAsBoolean()) {
            return;
        }
        say("refine: " + done + " extra invocation(s) in " + Durations.human(Math.round(seconds(start))) + "; "
                + (hits.isEmpty() && contra.isEmpty() && controls.isEmpty() && wide.isEmpty() && few.isEmpty()
                ? "no result is touched by a slow or busy spell any more, and every parallel speedup has "
                + WideSpeedups.ROUNDS_TO_TELL + " rounds or more and is within " + target
                : "still " + state(hits, contra, controls, wide, few) + ": " + why));
    }

    /** The rows of modules whose extra rounds have not stopped (one failed). */
    private static List<WideSpeedups.Row> open(List<WideSpeedups.Row> rows, Set<String> stopped) {
        return rows.stream().filter(r -> !stopped.contains(r.module())).toList();
    }

    /** True when {@code b} is the same module's same round as {@code a} (another core count of it). */
    private static boolean sameRound(ExtraRound a, ExtraRound b) {
        return b != null && a.module().equals(b.module()) && a.round() == b.round();
    }

    /** False when another program was busy as the last invocation ended and stayed so until the budget ran out. */
    private boolean quietBefore(long budget, long start) {
        return quiet == null || new QuietWait(quiet, this::say).await(last(),
                () -> interrupted.getAsBoolean() || seconds(start) >= budget);
    }

    /** The invocation run last, null before the first. */
    private Invocation last() {
        return run.get().invocations().stream().max(java.util.Comparator.comparingInt(Invocation::sequence)).orElse(null);
    }

    /**
     * The rows to give more rounds: those contradicting what their code can do first (a JVM's bad luck is the
     * likelier story, and more JVMs tell), then the controls' rows (the trust section rests on them), then the
     * wide ones, then those whose interval comes from fewer than three rounds (too few to show how JVMs
     * differ), each row once.
     */
    @SafeVarargs
    private static List<WideSpeedups.Row> inOrder(List<WideSpeedups.Row>... lists) {
        Map<String, WideSpeedups.Row> out = new java.util.LinkedHashMap<>();
        for (List<WideSpeedups.Row> list : lists) {
            list.forEach(r -> out.putIfAbsent(r.module() + "|" + r.label(), r));
        }
        return List.copyOf(out.values());
    }

    /** "3 result(s) were measured during a slow spell; 26 row(s) have a parallel speedup wider than ±10% (widest ...)". */
    private String state(List<WideSpeedups.Row> hits, List<WideSpeedups.Row> contra, List<WideSpeedups.Row> controls,
                         List<WideSpeedups.Row> wide, List<WideSpeedups.Row> few) {
        List<String> parts = new java.util.ArrayList<>();
        if (!hits.isEmpty()) {
            parts.add(hits.size() + " result(s) were measured during a slow or busy spell too long to set its iterations aside");
        }
        if (!contra.isEmpty()) {
            parts.add(contra.size() + " row(s) contradict what their code can do (a control out of its band, a speedup"
                    + " above the core count, or a lock or one thread faster on more cores; first: " + shown(contra.get(0))
                    + "), in fewer than 3 rounds");
        }
        if (!controls.isEmpty()) {
            parts.add(controls.size() + " row(s) the controls judge have fewer than 3 rounds (first: " + shown(controls.get(0))
                    + "); one JVM cannot show how JVMs differ");
        }
        if (!wide.isEmpty()) {
            parts.add(wide.size() + " row(s) have a parallel speedup wider than " + refinement.targetText() + " (widest "
                    + width(wide.get(0)) + ": " + shown(wide.get(0)) + ")");
        }
        Set<String> named = new HashSet<>();
        inOrder(contra, controls, wide).forEach(r -> named.add(shown(r)));
        long narrowFew = few.stream().filter(r -> !named.contains(shown(r))).count();
        if (narrowFew > 0) {
            parts.add(narrowFew + " other row(s) have a parallel speedup from fewer than " + WideSpeedups.ROUNDS_TO_TELL
                    + " rounds, whose interval cannot show how JVMs differ");
        }
        return String.join("; ", parts);
    }

    /** The bundle as the report reads it; null (and a line saying why) when it cannot be read. */
    private Bundle load() {
        try {
            return BundleLoader.load(bundle);
        } catch (BadBundleException | RuntimeException e) {
            say("refine: cannot read " + bundle + " (" + e.getMessage() + "); no extra rounds");
            return null;
        }
    }

    /** Module -> the first round number no invocation of it has used. */
    private Map<String, Integer> nextRounds() {
        Map<String, Integer> next = new HashMap<>();
        for (Invocation i : run.get().invocations()) {
            next.merge(i.module(), i.round() + 1, Math::max);
        }
        return next;
    }

    /**
     * What one row took per round at {@code k} cores in this module's finished invocations: their
     * time less the runner JVM's, over the results they wrote.
     */
    double perRow(String module, int k) {
        double seconds = 0;
        int results = 0;
        for (Invocation i : run.get().invocations()) {
            if (i.is(module, k) && i.ok() && i.seconds() != null && i.results() != null && i.results() > 0) {
                seconds += Math.max(0, i.seconds() - StepPlanner.INVOCATION_SECONDS);
                results += i.results();
            }
        }
        return results == 0 ? UNKNOWN_ROW_SECONDS : seconds / results;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String width(WideSpeedups.Row r) {
        return Double.isInfinite(r.widest()) ? "no interval" : String.format(Locale.ROOT, "\u00b1%.0f%%", 100 * r.widest());
    }

    private static String shown(WideSpeedups.Row r) {
        return r.module() + " " + r.label();
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
