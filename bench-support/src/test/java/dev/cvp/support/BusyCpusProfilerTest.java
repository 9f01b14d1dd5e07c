package dev.cvp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

class BusyCpusProfilerTest {

    @Test
    void busyIsCpuTimeOverWallTime() {
        assertEquals(2.0, BusyCpusProfiler.busy(400_000_000L, 200_000_000L), 1e-12);
        assertEquals(0.25, BusyCpusProfiler.busy(50_000_000L, 200_000_000L), 1e-12);
    }

    @Test
    void eachIterationGetsOneFigureInCpus() {
        BusyCpusProfiler p = new BusyCpusProfiler();
        p.beforeIteration(null, null);
        Collection<? extends Result> r = p.afterIteration(null, null, null);
        assertEquals(1, r.size(), "one metric where the JVM measures its CPU time (HotSpot does): " + r);
        Result busy = List.copyOf(r).get(0);
        assertEquals(BusyCpusProfiler.METRIC, busy.getLabel());
        assertEquals(BusyCpusProfiler.UNIT, busy.getScoreUnit());
        assertTrue(busy.getScore() >= 0 && Double.isFinite(busy.getScore()), "CPUs busy: " + busy.getScore());
    }
}
