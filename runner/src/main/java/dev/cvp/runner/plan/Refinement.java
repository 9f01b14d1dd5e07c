package dev.cvp.runner.plan;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A profile's extra rounds ({@code #! budget=}, {@code #! deadline=} and {@code #! target=} in the
 * common profile): after the planned rounds, the runner spends up to {@code budget} on more rounds
 * of the rows whose parallel speedup intervals are wider than ±{@code target}, widest first, and
 * stops when none is (see {@code dev.cvp.runner.refine}). With a deadline, the extra rounds also end
 * by the time the whole run has taken that long: a run of many modules gets what its planned
 * rounds left of it, a run of one module the whole budget.
 *
 * @param budgetSeconds   a fixed budget in seconds, or 0 when it is a share
 * @param budgetShare     a budget as a share of the time the planned rounds took (0.25 for 25%), or 0
 * @param target          the relative half-width counted narrow enough (0.10 for ±10%)
 * @param deadlineSeconds the time from the run's start by which extra rounds end, or 0 for none
 */
public record Refinement(long budgetSeconds, double budgetShare, double target, long deadlineSeconds, boolean given) {

    /** The target when a profile sets a budget alone: the report's own "wide" line, ±10%. */
    public static final double DEFAULT_TARGET = 0.10;

    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)%");

    /**
     * The profile's refinement, or what {@code --budget} asks for instead: that many seconds of extra
     * rounds, with the profile's target (±10% without one) and no deadline (the user chose the
     * time); none for 0.
     */
    public static Optional<Refinement> given(Optional<Refinement> profile, OptionalLong budgetSeconds) {
        if (budgetSeconds.isEmpty()) {
            return profile;
        }
        if (budgetSeconds.getAsLong() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Refinement(budgetSeconds.getAsLong(), 0,
                profile.map(Refinement::target).orElse(DEFAULT_TARGET), 0, true));
    }

    /** The budget in seconds after planned rounds that took {@code plannedSeconds}. */
    public long seconds(double plannedSeconds) {
        return seconds(plannedSeconds, 0);
    }

    /**
     * The budget in seconds after planned rounds that took {@code plannedSeconds}, {@code overrunSeconds}
     * of them beyond the plan's estimate. A fixed budget is a promise of wall time ("about 9m on a
     * 2-core machine, then up to 40s"), so what the planned rounds overran comes out of it, down to
     * none: a slower machine ends when the plan said. A share grows with the planned rounds' time,
     * and is kept whole, as is a budget given on the command line (the user asked for that much).
     */
    public long seconds(double plannedSeconds, long overrunSeconds) {
        return budgetShare > 0 ? Math.round(plannedSeconds * budgetShare)
                : given ? budgetSeconds : Math.max(0, budgetSeconds - Math.max(0, overrunSeconds));
    }

    /**
     * The budget in seconds {@code elapsedSeconds} after the run started: {@link #seconds(double, long)},
     * and with a deadline no more than what is left of it (then the deadline, not the overrun, keeps
     * the promise of wall time: it holds on a slower machine too).
     */
    public long seconds(double plannedSeconds, long overrunSeconds, long elapsedSeconds) {
        if (deadlineSeconds == 0) {
            return seconds(plannedSeconds, overrunSeconds);
        }
        long budget = budgetShare > 0 ? Math.round(plannedSeconds * budgetShare) : budgetSeconds;
        return Math.max(0, Math.min(budget, deadlineSeconds - elapsedSeconds));
    }

    /** "the profile's 40s" or "--budget 5m": where the budget came from, for progress lines. */
    public String sourceText() {
        return given ? "--budget " + budgetText() : "the profile's " + budgetText();
    }

    /** "40s" or "25% of the planned rounds' time", for progress lines. */
    public String budgetText() {
        return budgetShare > 0 ? percent(budgetShare) + " of the planned rounds' time" : Durations.human(budgetSeconds);
    }

    /** "up to 2m of extra rounds, ending within 9m of the start" or "up to 40s of extra rounds", for the plan line. */
    public String planText() {
        return "up to " + budgetText() + " of extra rounds"
                + (deadlineSeconds > 0 ? ", ending within " + Durations.human(deadlineSeconds) + " of the start" : "");
    }

    /** "±10%". */
    public String targetText() {
        return "\u00b1" + percent(target);
    }

    private static String percent(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? Long.toString(Math.round(p)) : Double.toString(p)) + "%";
    }

    /** A budget as a profile writes it: a duration (45s, 2m, 1h) or a share (25%); empty when it is neither. */
    static Optional<Refinement> parseBudget(String text) {
        OptionalDouble share = parsePercent(text);
        if (share.isPresent()) {
            return share.getAsDouble() > 0 ? Optional.of(new Refinement(0, share.getAsDouble(), DEFAULT_TARGET, 0, false))
                    : Optional.empty();
        }
        return Durations.parseSeconds(text).stream().mapToObj(s -> new Refinement(s, 0, DEFAULT_TARGET, 0, false)).findFirst();
    }

    /** "10%" as 0.10; empty unless a percentage below 100%. */
    static OptionalDouble parsePercent(String text) {
        Matcher m = PERCENT.matcher(text.trim());
        if (!m.matches()) {
            return OptionalDouble.empty();
        }
        double p = Double.parseDouble(m.group(1));
        return p < 100 ? OptionalDouble.of(p / 100) : OptionalDouble.empty();
    }

    public Refinement withTarget(double t) {
        return new Refinement(budgetSeconds, budgetShare, t, deadlineSeconds, given);
    }

    public Refinement withDeadline(long seconds) {
        return new Refinement(budgetSeconds, budgetShare, target, seconds, given);
    }
}
