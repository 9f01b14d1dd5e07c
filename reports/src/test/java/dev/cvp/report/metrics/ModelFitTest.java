package dev.cvp.report.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.stats.Interval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFitTest {

    private static double amdahl(double s, double n) {
        return 1 / (s + (1 - s) / n);
    }

    /** A speedup with a given interval. */
    private static Ratio ranged(double s, double low, double high) {
        return new Ratio(s, new Interval(s, low, high, Interval.Method.FORKS_THEN_ITERATIONS, 4, List.of()));
    }

    @Test
    void karpFlattOfAnAmdahlCurveIsItsSerialFraction() {
        for (double n : new double[] {2, 4, 16}) {
            double s = amdahl(0.1, n);
            KarpFlatt.Result e = KarpFlatt.serialFraction(new ScalingPoint(n, ranged(s, s * 0.98, s * 1.02)));
            assertEquals(0.1, e.value(), 1e-12);
            assertTrue(e.low() < 0.1 && e.high() > 0.1, "a faster speedup is a smaller serial fraction: " + e);
            assertEquals((1 / (s * 1.02) - 1 / n) / (1 - 1 / n), e.low(), 1e-12, "the ends map exactly");
        }
        assertEquals((1 / 1.97 - 0.5) / 0.5, KarpFlatt.serialFraction(ScalingPoint.of(2, 1.97)).value(), 1e-12);
        assertTrue(Double.isNaN(KarpFlatt.serialFraction(ScalingPoint.of(2, 1.97)).low()), "no interval, no ends");
        assertTrue(Double.isNaN(KarpFlatt.serialFraction(ScalingPoint.of(1, 1)).value()));
    }

    @Test
    void amdahlFitRecoversTheSerialFractionWithAnInterval() {
        List<ScalingPoint> exact = new ArrayList<>();
        for (double n : new double[] {2, 4, 8}) {
            exact.add(ScalingPoint.of(n, amdahl(0.05, n)));
        }
        AmdahlFit.Result r = AmdahlFit.fit(exact).orElseThrow();
        assertEquals(0.05, r.serialFraction(), 1e-9);
        assertEquals(0.05, r.low(), 1e-9, "points on the curve: no residuals, a zero-width interval");
        assertEquals(20, r.ceiling(), 1e-6);
        assertEquals(amdahl(0.05, 16), r.predict(16), 1e-9);

        List<ScalingPoint> noisy = List.of(ScalingPoint.of(2, 1.8), ScalingPoint.of(4, 3.0), ScalingPoint.of(8, 4.9));
        AmdahlFit.Result n = AmdahlFit.fit(noisy).orElseThrow();
        assertTrue(n.interval().startsWith("95%"), n.interval());
        assertTrue(n.low() < n.serialFraction() && n.high() > n.serialFraction());

        AmdahlFit.Result one = AmdahlFit.fit(List.of(ScalingPoint.of(2, 1.9))).orElseThrow();
        assertFalse(one.hasInterval(), "one point and no interval on it: no interval");
        AmdahlFit.Result ranged = AmdahlFit.fit(List.of(new ScalingPoint(2, ranged(1.9, 1.85, 1.95)))).orElseThrow();
        assertEquals(KarpFlatt.of(1.95, 2), ranged.low(), 1e-12, "one point: the speedup's interval, mapped");
        assertEquals(KarpFlatt.of(1.85, 2), ranged.high(), 1e-12);
        assertTrue(AmdahlFit.fit(List.of()).isEmpty());
    }

    @Test
    void uslFitRecoversContentionAndCoherencyAndItsPeak() {
        double a = 0.05;
        double b = 0.002;
        List<ScalingPoint> points = new ArrayList<>();
        for (int n = 2; n <= 16; n *= 2) {
            points.add(ScalingPoint.of(n, n / (1 + a * (n - 1) + b * n * (n - 1))));
        }
        UslFit.Result r = UslFit.fit(points).orElseThrow();
        assertEquals(a, r.contention(), 1e-4);
        assertEquals(b, r.coherency(), 1e-5);
        assertEquals(Math.sqrt((1 - a) / b), r.peak(), 0.1);
        assertTrue(r.rms() < 1e-6);
    }

    @Test
    void uslNeedsThreeCoreCounts() {
        assertTrue(UslFit.fit(List.of(ScalingPoint.of(2, 1.9))).isEmpty());
        assertTrue(UslFit.fit(List.of(ScalingPoint.of(2, 1.9), ScalingPoint.of(4, 3.5))).isPresent());
    }

    @Test
    void uslCoefficientsStayNonNegativeForSuperlinearData() {
        UslFit.Result r = UslFit.fit(List.of(ScalingPoint.of(2, 2.1), ScalingPoint.of(4, 4.3)))
                .orElseThrow();
        assertTrue(r.contention() >= 0 && r.coherency() >= 0, r.toString());
    }
}
