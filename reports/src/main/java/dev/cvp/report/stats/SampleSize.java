package dev.cvp.report.stats;

/**
 * How much data one side of an interval had.
 *
 * @param forks      forks (or rounds) with at least one iteration
 * @param iterations iterations over all those forks
 */
public record SampleSize(int forks, int iterations) {

    @Override
    public String toString() {
        return forks + (forks == 1 ? " fork, " : " forks, ") + iterations
                + (iterations == 1 ? " iteration" : " iterations");
    }
}
