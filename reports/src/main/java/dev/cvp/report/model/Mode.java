package dev.cvp.report.model;

import java.util.Optional;

/** A JMH benchmark mode, and which direction is better for its score. */
public enum Mode {
    THROUGHPUT("thrpt", true),
    AVERAGE_TIME("avgt", false),
    SAMPLE_TIME("sample", false),
    SINGLE_SHOT("ss", false);

    private final String jmhName;
    private final boolean higherIsBetter;

    Mode(String jmhName, boolean higherIsBetter) {
        this.jmhName = jmhName;
        this.higherIsBetter = higherIsBetter;
    }

    /** The short name JMH writes in its JSON ({@code "mode" : "avgt"}). */
    public String jmhName() {
        return jmhName;
    }

    /** True for throughput (ops per time), false for the time-per-operation modes. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /** The mode JMH writes as {@code text} (thrpt, avgt, sample, ss). */
    public static Optional<Mode> fromJmh(String text) {
        for (Mode m : values()) {
            if (m.jmhName.equals(text)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
