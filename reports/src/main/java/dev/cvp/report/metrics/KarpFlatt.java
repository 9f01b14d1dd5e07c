package dev.cvp.report.metrics;

/**
 * The Karp-Flatt metric: the experimentally determined serial fraction
 * e = (1/S - 1/n) / (1 - 1/n) for speedup S on n times the base cores. A constant e across n
 * means a fixed serial part (Amdahl); an e that grows with n means overhead that grows with
 * parallelism (contention, coordination).
 */
public final class KarpFlatt {

    private KarpFlatt() {
    }

    /** The serial fraction with its propagated error; NaN for n <= 1. */
    public static Ratio serialFraction(ScalingPoint p) {
        if (p.n() <= 1) {
            return new Ratio(Double.NaN, Double.NaN);
        }
        double e = (1 / p.s() - 1 / p.n()) / (1 - 1 / p.n());
        double err = p.error() / (p.s() * p.s() * (1 - 1 / p.n()));
        return new Ratio(e, err);
    }
}
