package dev.cvp.report.stats;

/**
 * What {@link SteadyStateCheck} found in a cell's measured iterations.
 *
 * @param verdict    settled, not settled, or too few iterations to tell
 * @param tau        Kendall's rank correlation of value against iteration index, averaged over
 *                   forks: +1 when every iteration is above all earlier ones, -1 the reverse
 * @param pValue     two-sided, exact under "no trend" (any order of a fork's iterations equally
 *                   likely); NaN when there are too few iterations
 * @param drift      the Theil-Sen slope over the measured iterations relative to their median:
 *                   -0.3 means the values fell by about 30% from first to last
 * @param forks      forks with at least 2 iterations
 * @param iterations iterations in those forks
 */
public record Trend(Verdict verdict, double tau, double pValue, double drift, int forks, int iterations) {

    /** Whether the measured iterations reached a steady state. */
    public enum Verdict {
        /** No trend larger than the noise, or one too small to matter. */
        SETTLED,
        /** A significant, material trend: the cell never settled; flag it, do not average it. */
        NOT_SETTLED,
        /** Not enough iterations for any order to be significant at the check's level. */
        TOO_FEW_ITERATIONS
    }
}
