package dev.cvp.report.model;

/**
 * What the spells of a slow CPU or of other processes' activity did to the results of one JMH
 * invocation, or of one cell (a module at a core count, its rounds together), once the iterations
 * they hit were set aside (see {@code load.SlowIterations}) and the results a later round replaced
 * were left out. Present only where the results carry their iterations' times; without them the
 * report judges an invocation by its load record's {@code cpuSlowdown} and {@code otherPercentMax}.
 *
 * @param setAside iterations set aside because a spell above the report's limits overlapped them
 * @param rows     results (a strategy of a workload at this core count) that lost some
 * @param residual the worst spells that overlapped an iteration still in the figures (a fork that
 *                 would have kept fewer than 3, or a score that is not a mean of its iterations)
 * @param replaced results left out because the runner measured their rows again (an extra round
 *                 that {@code replaces} theirs)
 */
public record SpellCheck(int setAside, int rows, SpellResidue residual, int replaced) {

    public static final SpellCheck NONE = new SpellCheck(0, 0, SpellResidue.NONE, 0);

    /** Iterations a fork keeps at least: with fewer left, none is set aside. */
    public static final int MIN_KEPT = 3;

    public SpellCheck plus(SpellCheck o) {
        return new SpellCheck(setAside + o.setAside, rows + o.rows, residual.max(o.residual), replaced + o.replaced);
    }

    /** The same counts with {@code r} as the residual. */
    public SpellCheck withResidual(SpellResidue r) {
        return new SpellCheck(setAside, rows, r, replaced);
    }

    /** The same with {@code n} results replaced. */
    public SpellCheck withReplaced(int n) {
        return new SpellCheck(setAside, rows, residual, n);
    }
}
