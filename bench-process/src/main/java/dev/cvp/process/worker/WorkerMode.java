package dev.cvp.process.worker;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a worker JVM does; the first argument of {@link WorkerMain}, in lower case. */
public enum WorkerMode {
    /** Return from main at once: the smallest complete life of a JVM, for the start cost. */
    EXIT,
    /** Say {@link Wire#READY}, then do nothing until stdin closes: an idle worker, for its memory. */
    IDLE,
    /** Say ready, then answer every long read from stdin with that long plus one: a pipe round-trip. */
    ECHO,
    /** Say ready, then compute task requests until stdin closes: one long-lived pool worker. */
    SERVE,
    /** Compute the one task named by the arguments, answer, and exit: process-per-task. */
    TASK,
    /** Increment this JVM's {@link SharedCounter} the given number of times, answer its value, exit. */
    INCREMENT;

    /** The command-line word for this mode. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode named by a command-line word.
     *
     * @throws IllegalArgumentException naming the word and the known ones
     */
    public static WorkerMode parse(String word) {
        for (WorkerMode mode : values()) {
            if (mode.word().equals(word)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown worker mode '" + word + "'; known modes: "
                + Arrays.stream(values()).map(WorkerMode::word).collect(Collectors.joining(", ")));
    }
}
