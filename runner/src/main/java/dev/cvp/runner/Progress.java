package dev.cvp.runner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Time left, from the cells measured so far in this invocation: a module's own average where it
 * has one, else the average of all cells.
 */
public final class Progress {

    private final Map<String, double[]> perModule = new HashMap<>();
    private double allSum;
    private int allCount;

    public void record(String module, double seconds) {
        double[] s = perModule.computeIfAbsent(module, m -> new double[2]);
        s[0] += seconds;
        s[1]++;
        allSum += seconds;
        allCount++;
    }

    /** Estimated seconds for the modules of the cells still queued. */
    public long left(List<String> queuedModules) {
        double total = 0;
        for (String m : queuedModules) {
            double[] s = perModule.get(m);
            if (s != null) {
                total += s[0] / s[1];
            } else if (allCount > 0) {
                total += allSum / allCount;
            }
        }
        return Math.round(total);
    }

    public static String took(double seconds) {
        return seconds >= 10 ? Math.round(seconds) + "s" : seconds + "s";
    }
}
