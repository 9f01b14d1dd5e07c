package dev.cvp.report.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelFitTest {

    private static double amdahl(double s, double n) {
        return 1 / (s + (1 - s) / n);
    }

    @Test
    void karpFlattOfAnAmdahlCurveIsItsSerialFraction() {
        for (double n : new double[] {2, 4, 16}) {
            Ratio e = KarpFlatt.serialFraction(new ScalingPoint(n, amdahl(0.1, n), 0.01));
            assertEquals(0.1, e.value(), 1e-12);
            assertTrue(e.error() > 0);
        }
        assertEquals((1 / 1.97 - 0.5) / 0.5, KarpFlatt.serialFraction(new ScalingPoint(2, 1.97, Double.NaN)).value(), 1e-12);
        assertTrue(Double.isNaN(KarpFlatt.serialFraction(new ScalingPoint(1, 1, 0)).value()));
    }

    @Test
    void amdahlFitRecoversTheSerialFractionWithAnInterval() {
        List<ScalingPoint> exact = new ArrayList<>();
        for (double n : new double[] {2, 4, 8}) {
            exact.add(new ScalingPoint(n, amdahl(0.05, n), 0.02));
        }
        AmdahlFit.Result r = AmdahlFit.fit(exact).orElseThrow();
        assertEquals(0.05, r.serialFraction(), 1e-9);
        assertTrue(r.halfWidth() > 0 && r.halfWidth() < 0.05, "weighted interval: " + r.halfWidth());
        assertEquals(20, r.ceiling(), 1e-6);
        assertEquals(amdahl(0.05, 16), r.predict(16), 1e-9);

        List<ScalingPoint> noisy = List.of(new ScalingPoint(2, 1.8, Double.NaN), new ScalingPoint(4, 3.0, Double.NaN),
                new ScalingPoint(8, 4.9, Double.NaN));
        AmdahlFit.Result n = AmdahlFit.fit(noisy).orElseThrow();
        assertTrue(n.interval().startsWith("95%"), n.interval());
        assertTrue(n.halfWidth() > 0);

        AmdahlFit.Result one = AmdahlFit.fit(List.of(new ScalingPoint(2, 1.9, Double.NaN))).orElseThrow();
        assertTrue(Double.isNaN(one.halfWidth()), "one point and no error: no interval");
        assertTrue(AmdahlFit.fit(List.of()).isEmpty());
    }

    @Test
    void uslFitRecoversContentionAndCoherencyAndItsPeak() {
        double a = 0.05;
        double b = 0.002;
        List<ScalingPoint> points = new ArrayList<>();
        for (int n = 2; n <= 16; n *= 2) {
            points.add(new ScalingPoint(n, n / (1 + a * (n - 1) + b * n * (n - 1)), Double.NaN));
        }
        UslFit.Result r = UslFit.fit(points).orElseThrow();
        assertEquals(a, r.contention(), 1e-4);
        assertEquals(b, r.coherency(), 1e-5);
        assertEquals(Math.sqrt((1 - a) / b), r.peak(), 0.1);
        assertTrue(r.rms() < 1e-6);
    }

    @Test
    void uslNeedsThreeCoreCounts() {
        assertTrue(UslFit.fit(List.of(new ScalingPoint(2, 1.9, 0.01))).isEmpty());
        assertTrue(UslFit.fit(List.of(new ScalingPoint(2, 1.9, 0.01), new ScalingPoint(4, 3.5, 0.01))).isPresent());
    }

    @Test
    void uslCoefficientsStayNonNegativeForSuperlinearData() {
        UslFit.Result r = UslFit.fit(List.of(new ScalingPoint(2, 2.1, Double.NaN), new ScalingPoint(4, 4.3, Double.NaN)))
                .orElseThrow();
        assertTrue(r.contention() >= 0 && r.coherency() >= 0, r.toString());
    }
}
