package dev.cvp.report.model;

import java.util.Map;

/**
 * What one table cell shows: a strategy's estimate at one core count, either measured or
 * derived. An extrapolated cell (bench-io's sequential beyond what is practical to measure)
 * carries the text that explains where its figure came from.
 *
 * @param residue the worst spells over iterations that stayed in its figures (see
 *                {@link Measurement#residue()}); a derived cell has its source's
 */
public record Cell(String strategy, int cores, Estimate estimate, Map<String, Estimate> secondary,
                   String extrapolatedFrom, SpellResidue residue) {

    /** A cell no slow spell touched (or whose bundle could not tell). */
    public Cell(String strategy, int cores, Estimate estimate, Map<String, Estimate> secondary, String extrapolatedFrom) {
        this(strategy, cores, estimate, secondary, extrapolatedFrom, SpellResidue.NONE);
    }

    public static Cell measured(Measurement m) {
        return new Cell(m.strategy(), m.cores(), m.primary(), m.secondary(), null, m.residue());
    }

    public boolean extrapolated() {
        return extrapolatedFrom != null;
    }

    public double score() {
        return estimate.score();
    }
}
