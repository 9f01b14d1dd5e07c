package dev.cvp.report.metrics;

/**
 * The Karp-Flatt metric: the experimentally determined serial fraction
 * e = (1/S - 1/n) / (1 - 1/n) for speedup S on n times the base cores. A constant e across n
 * means a fixed serial part (Amdahl); an e that grows with n means overhead that grows with
 * parallelism (contention, coordination).
 */
public final class KarpFlatt {

    /**
     * e with its 95% interval: e falls as S rises, so the speedup interval's ends map to e's
     * ends the other way round (an exact transform, nothing propagated). Ends are NaN when the
     * speedup has no interval.
     */
    public record Result(double value, double low, double high) {
    }

    private KarpFlatt() {
    }

    /** NaN for n <= 1. */
    public static Result serialFraction(ScalingPoint p) {
        if (p.n() <= 1) {
            return new Result(Double.NaN, Double.NaN, Double.NaN);
        }
        Ratio s = p.speedup();
        return new Result(of(s.value(), p.n()), of(s.high(), p.n()), of(s.low(), p.n()));
    }

    /** e for speedup s at n; NaN for a NaN speedup. */
    static double of(double s, double n) {
        return (1 / s - 1 / n) / (1 - 1 / n);
    }
}
