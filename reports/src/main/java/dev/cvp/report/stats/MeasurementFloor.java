package dev.cvp.report.stats;

/**
 * The smallest relative difference a run could tell apart, from its comparisons' intervals:
 * a ratio whose interval reaches ±x% of its estimate cannot distinguish differences smaller
 * than x%.
 *
 * @param typical     the median over the comparisons' relative half-widths: the headline
 *                    ("this run tells apart differences of about 4% or more"); NaN with none
 * @param best        the smallest of them: the run's quietest comparison; NaN with none
 * @param comparisons how many intervals it came from (insufficient ones are left out)
 */
public record MeasurementFloor(double typical, double best, int comparisons) {
}
