package dev.cvp.report.metrics;

/**
 * One measured speedup: at {@code n} times the base core count (n = k / base), speedup
 * {@code s} with error {@code error} (NaN when unknown).
 */
public record ScalingPoint(double n, double s, double error) {
}
