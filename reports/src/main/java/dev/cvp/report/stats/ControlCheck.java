package dev.cvp.report.stats;

/**
 * Whether a run's controls held at one core count: {@code sequential} code must not speed up
 * with cores, a clean parallel kernel must speed up about k-fold. Made by {@link Controls}.
 *
 * @param sequential     where sequential's speedup interval lies against {@code sequentialBand}
 * @param kernel         where the kernel's speedup interval lies against {@code kernelBand}
 * @param sequentialBand the speedups sequential may show
 * @param kernelBand     the speedups the clean kernel may show
 */
public record ControlCheck(Band.Fit sequential, Band.Fit kernel, Band sequentialBand, Band kernelBand) {

    /** Whether the run's own data say it was disturbed. */
    public enum Verdict {
        /** Both controls' intervals lie inside their bands. */
        HOLD,
        /**
         * A control's interval lies wholly outside its band: something other than the code
         * changed between the two core counts (a busy neighbour, steal time, drift). Say so at
         * the top and word this core count's comparisons accordingly.
         */
        DISTURBED,
        /** Neither: an interval too wide (or missing) to confirm a control. */
        UNCONFIRMED
    }

    public Verdict verdict() {
        if (sequential == Band.Fit.OUTSIDE || kernel == Band.Fit.OUTSIDE) {
            return Verdict.DISTURBED;
        }
        return sequential == Band.Fit.INSIDE && kernel == Band.Fit.INSIDE ? Verdict.HOLD : Verdict.UNCONFIRMED;
    }
}
