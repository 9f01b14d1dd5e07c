package dev.cvp.report.model;

import java.util.Locale;
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

    /** Accepts JMH's short names and, leniently, the long ones ("AverageTime"). */
    public static Optional<Mode> fromJmh(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Mode m : values()) {
            if (m.jmhName.equals(t)) {
                return Optional.of(m);
            }
        }
        return switch (t) {
            case "throughput" -> Optional.of(THROUGHPUT);
            case "averagetime" -> Optional.of(AVERAGE_TIME);
            case "sampletime" -> Optional.of(SAMPLE_TIME);
            case "singleshottime" -> Optional.of(SINGLE_SHOT);
            default -> Optional.empty();
        };
    }
}
