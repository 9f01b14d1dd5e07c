package dev.cvp.report.model;

/**
 * The worst spells that stayed in a result's figures once the iterations they hit were set aside
 * (see {@code load.SlowIterations}): the slowest a pinned CPU computed ({@code bundle.SlowSpell})
 * and the largest share of the pinned CPUs other processes used ({@code bundle.BusySpell}). Only
 * spells above the report's limits count ({@code analysis.Disturbance}), so a field is either 0
 * or above its limit.
 *
 * @param slowdown     the worst slow spell's slowdown, 0 when none stayed
 * @param otherPercent the worst busy spell's share of the pinned CPUs, 0 when none stayed
 */
public record SpellResidue(double slowdown, double otherPercent) {

    public static final SpellResidue NONE = new SpellResidue(0, 0);

    /** The worse of the two, field by field. */
    public SpellResidue max(SpellResidue o) {
        return new SpellResidue(Math.max(slowdown, o.slowdown), Math.max(otherPercent, o.otherPercent));
    }

    /** True when some spell stayed. */
    public boolean any() {
        return slowdown > 0 || otherPercent > 0;
    }
}
