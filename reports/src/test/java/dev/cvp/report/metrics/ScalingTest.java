package dev.cvp.report.metrics;

import static dev.cvp.report.model.TestWorkloads.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.TestWorkloads;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScalingTest {

    private static Workload w(Mode mode) {
        return TestWorkloads.kernel(mode, Map.of());
    }

    @Test
    void lowerIsBetterModes() {
        for (Mode m : new Mode[] {Mode.AVERAGE_TIME, Mode.SAMPLE_TIME, Mode.SINGLE_SHOT}) {
            Workload w = w(m);
            put(w, "sequential", 1, 100, 0);
            put(w, "pool", 1, 100, 0);
            put(w, "pool", 4, 30, 0);
            put(w, "sequential", 4, 100, 0);
            assertEquals(100 / 30.0, Scaling.speedup(w, "pool", 4).orElseThrow().value(), 1e-12, m.name());
            assertEquals(100 / 30.0 / 4, Scaling.efficiency(w, "pool", 4).orElseThrow().value(), 1e-12);
            assertEquals(100 / 30.0, Scaling.gain(w, "pool", 4).orElseThrow().value(), 1e-12);
        }
    }

    @Test
    void throughputIsInverted() {
        Workload w = w(Mode.THROUGHPUT);
        put(w, "sequential", 1, 10, 0);
        put(w, "pool", 1, 10, 0.5);
        put(w, "pool", 2, 19, 0.5);
        Ratio r = Scaling.speedup(w, "pool", 2).orElseThrow();
        assertEquals(1.9, r.value(), 1e-12);
        assertTrue(r.low() < 1.9 && r.high() > 1.9, "resampled with the sides inverted: " + r);
        assertEquals(1.0, Scaling.gain(w, "pool", 1).orElseThrow().value(), 1e-12);
    }

    @Test
    void ratiosCarryTheirOwnIntervalNoneWithoutRawDataAndOneIncludedIsNoDifference() {
        Workload w = w(Mode.AVERAGE_TIME);
        put(w, "pool", 1, 100, 3);
        put(w, "pool", 2, 50, 2);
        Ratio r = Scaling.speedup(w, "pool", 2).orElseThrow();
        assertEquals(2.0, r.value(), 1e-12);
        assertTrue(r.hasInterval() && r.low() < 2 && r.high() > 2, r.toString());
        assertTrue(r.low() > 1, "a clear speedup: the interval excludes 1");
        Ratio e = Scaling.efficiency(w, "pool", 2).orElseThrow();
        assertEquals(r.low() / 2, e.low(), 1e-12, "efficiency's interval is the speedup's over k");
        put(w, "other", 1, 100, Double.NaN);
        put(w, "other", 2, 50, 1);
        Ratio none = Scaling.speedup(w, "other", 2).orElseThrow();
        assertFalse(none.hasInterval(), "one iteration on a side: no interval");
        assertTrue(Double.isNaN(none.low()));
        assertTrue(Scaling.speedup(w, "pool", 1).orElseThrow().exact(), "the base against itself is exactly 1");
        put(w, "sequential", 1, 99, 5);
        assertTrue(Scaling.gain(w, "pool", 1).orElseThrow().noMeasurableDifference(), "0.99x, interval includes 1");
    }

    @Test
    void baseIsTheSmallestCoreCountWhenOneCoreIsMissing() {
        Workload w = w(Mode.AVERAGE_TIME);
        put(w, "pool", 2, 100, 0);
        put(w, "pool", 4, 55, 0);
        assertEquals(2, Scaling.baseCores(w));
        assertEquals(100 / 55.0 / 2, Scaling.efficiency(w, "pool", 4).orElseThrow().value(), 1e-12);
        assertTrue(Scaling.gain(w, "pool", 4).isEmpty(), "no sequential: no gain");
    }
}
