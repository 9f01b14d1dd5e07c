package dev.cvp.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.Result;

class IterationTimesProfilerTest {

    @Test
    void eachIterationGetsItsStartAndEndInEpochMilliseconds() {
        IterationTimesProfiler p = new IterationTimesProfiler();
        long before = System.currentTimeMillis();
        p.beforeIteration(null, null);
        Map<String, Result> r = p.afterIteration(null, null, null).stream()
                .collect(Collectors.toMap(Result::getLabel, x -> x));
        long after = System.currentTimeMillis();
        assertEquals(List.of(IterationTimesProfiler.END, IterationTimesProfiler.START), r.keySet().stream().sorted().toList());
        double start = r.get(IterationTimesProfiler.START).getScore();
        double end = r.get(IterationTimesProfiler.END).getScore();
        assertTrue(before <= start && start <= end && end <= after, before + " <= " + start + " <= " + end + " <= " + after);
        assertEquals(IterationTimesProfiler.UNIT, r.get(IterationTimesProfiler.START).getScoreUnit());
    }
}
