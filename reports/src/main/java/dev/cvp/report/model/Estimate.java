package dev.cvp.report.model;

import java.util.Arrays;

/**
 * A score with its uncertainty: JMH's score, its error (half-width of the 99.9% confidence
 * interval, NaN when JMH could not compute one, e.g. a single iteration) and the per-iteration
 * samples it came from (empty when unknown, e.g. derived figures).
 */
public record Estimate(double score, double error, String unit, double[] samples) {

    public Estimate {
        samples = samples == null ? new double[0] : samples.clone();
    }

    /** A derived figure with no samples. */
    public static Estimate derived(double score, double error, String unit) {
        return new Estimate(score, error, unit, new double[0]);
    }

    public boolean hasError() {
        return Double.isFinite(error);
    }

    /** error / score, NaN when there is no error. */
    public double relativeError() {
        return hasError() && score != 0 ? Math.abs(error / score) : Double.NaN;
    }

    @Override
    public double[] samples() {
        return samples.clone();
    }

    public int sampleCount() {
        return samples.length;
    }

    /** Multiplies score, error and samples by a positive factor (unit conversion, scaling). */
    public Estimate scaled(double factor, String newUnit) {
        double[] s = Arrays.stream(samples).map(v -> v * factor).toArray();
        return new Estimate(score * factor, error * factor, newUnit, s);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Estimate e
                && Double.compare(score, e.score) == 0
                && Double.compare(error, e.error) == 0
                && unit.equals(e.unit)
                && Arrays.equals(samples, e.samples);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(score) + unit.hashCode();
    }

    @Override
    public String toString() {
        return score + " ± " + error + " " + unit;
    }
}
