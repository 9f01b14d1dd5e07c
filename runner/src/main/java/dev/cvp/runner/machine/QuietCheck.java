package dev.cvp.runner.machine;

import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Load;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Whether other programs are busy on the machine right now, for the runner's extra rounds: one
 * measured while another program runs replaces nothing and widens the intervals it joins, so the
 * runner waits until the machine is quiet again (see {@code refine.Refiner}).
 *
 * <p>{@link #stillBusy} reads the last invocation's load record and costs nothing: only when a busy
 * spell reached its end does the runner look again, with {@link #otherPercentNow}, which samples
 * {@code /proc} over {@link #WINDOW_MILLIS} ms with this runner's own process group counted as its own.
 */
public final class QuietCheck {

    /** How long one look at the machine takes. */
    static final long WINDOW_MILLIS = 1000;
    /** A busy spell that ended this close to its invocation's end may still be going on. */
    static final long TAIL_MILLIS = 2000;

    private final Path proc;
    private final List<Integer> cpus;

    /**
     * @param proc the {@code /proc} to read
     * @param cpus the CPUs the cells run on
     */
    public QuietCheck(Path proc, List<Integer> cpus) {
        this.proc = proc;
        this.cpus = List.copyOf(cpus);
    }

    /**
     * True when the invocation's load record has a busy spell above {@code limit}% that lasted until
     * (about) its end: the program may still be running.
     */
    public static boolean stillBusy(Invocation last, double limit) {
        Load load = last == null ? null : last.load();
        if (load == null || last.finishedAt() == null) {
            return false;
        }
        long end;
        try {
            end = Instant.parse(last.finishedAt()).toEpochMilli();
        } catch (DateTimeParseException e) {
            return false;
        }
        return load.busy().stream().anyMatch(s -> s.otherPercent() > limit && s.to() >= end - TAIL_MILLIS);
    }

    /** Other processes' share of the CPUs over the next second; empty where /proc cannot be read. */
    public OptionalDouble otherPercentNow() throws InterruptedException {
        long pgid;
        try {
            pgid = Long.parseLong(Procfs.statFields(proc.resolve("self"))[Procfs.PGRP]);
        } catch (java.io.IOException | RuntimeException e) {
            return OptionalDouble.empty();
        }
        LoadMonitor monitor = new LoadMonitor(proc, cpus, pgid);
        monitor.sample(System.nanoTime());
        Thread.sleep(WINDOW_MILLIS);
        monitor.sample(System.nanoTime());
        return monitor.finish().map(l -> OptionalDouble.of(l.otherPercent())).orElse(OptionalDouble.empty());
    }
}
