package dev.cvp.runner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time left. A module whose cells have run here: its own average per round. A module not yet
 * run: the profile's {@code expect} (what a round took on a 2-core machine), scaled by how this
 * machine compares on the modules that have run (their measured time over their expected), so a
 * slower machine's estimate grows as the run goes; without an expectation, the average of all
 * rounds so far.
 */
public final class Progress {

    private final Map<String, Long> expected;
    private final Map<String, double[]> perModule = new HashMap<>();
    private double allSum;
    private int allCount;
    private double measuredWithExpectation;
    private double expectedOfMeasured;

    /** No expectations: estimates from the rounds run so far only. */
    public Progress() {
        this(Map.of());
    }

    /** @param expected module -> seconds one round of its cells is expected to take */
    public Progress(Map<String, Long> expected) {
        this.expected = Map.copyOf(expected);
    }

    public void record(String module, double seconds) {
        double[] s = perModule.computeIfAbsent(module, m -> new double[2]);
        s[0] += seconds;
        s[1]++;
        allSum += seconds;
        allCount++;
        Long e = expected.get(module);
        if (e != null) {
            measuredWithExpectation += seconds;
            expectedOfMeasured += e;
        }
    }

    /** Estimated seconds for the modules of the rounds still queued, one entry per round. */
    public long left(List<String> queuedModules) {
        double scale = expectedOfMeasured > 0 ? measuredWithExpectation / expectedOfMeasured : 1;
        double total = 0;
        for (String m : queuedModules) {
            double[] s = perModule.get(m);
            if (s != null) {
                total += s[0] / s[1];
            } else if (expected.containsKey(m)) {
                total += expected.get(m) * scale;
            } else if (allCount > 0) {
                total += allSum / allCount;
            }
        }
        return Math.round(total);
    }

    /**
     * Seconds the rounds run so far took beyond their modules' expectations, 0 when they took less or
     * none had one: what a slower machine adds to the plan's estimate.
     */
    public long overrun() {
        return Math.max(0, Math.round(measuredWithExpectation - expectedOfMeasured));
    }

    /** True when every queued module has an expectation, so {@link #left} means something before any round. */
    public boolean expectsAll(List<String> queuedModules) {
        return !queuedModules.isEmpty() && queuedModules.stream().allMatch(expected::containsKey);
    }

    public static String took(double seconds) {
        return seconds >= 10 ? Math.round(seconds) + "s" : seconds + "s";
    }
}
