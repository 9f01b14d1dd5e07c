package dev.cvp.runner.machine;

import dev.cvp.bundle.BusySpell;
import dev.cvp.bundle.Load;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Samples, while a cell runs, how busy its pinned CPUs are and how much of that is the cell's
 * own processes, so that the report can tell a quiet run from one disturbed by other activity.
 * <ul>
 *   <li>busy and steal time of the pinned CPUs: their lines of {@code /proc/stat}, busy being
 *       user, nice and system time. Interrupt time (irq, softirq) is left out: the kernel charges
 *       it to no process, and on a benchmark machine it is mostly the cell's own I/O (bench-io's
 *       loopback HTTP put 6-13% of softirq into a quiet cell's seconds), so it cannot tell
 *       another program's work from the cell's;</li>
 *   <li>the cell's own CPU time: the sum over the live members of its process group of
 *       utime + stime + cutime + cstime ({@code /proc/<pid>/stat}), which counts every process
 *       once, reaped ones inside the parent that waited for them.</li>
 * </ul>
 * Everything is in clock ticks; only differences between samples are used. Where {@code /proc}
 * cannot be read (not Linux), {@link #finish} returns empty.
 *
 * <p>Besides the summary it keeps when other processes were busy: every second in which they used
 * at least {@value #BUSY_PERCENT}% of the pinned CPUs, merged with its busy neighbours into a
 * {@link BusySpell} on the epoch clock of the JMH iterations' times, so that the report can set
 * aside the iterations another program slowed instead of doubting the whole cell. The report's own
 * limit is higher (10%); recording from 5% keeps a spell's ends from being cut short.
 */
public final class LoadMonitor {

    /** How often {@link #sample} is worth calling: once a second. */
    public static final long INTERVAL_NANOS = 1_000_000_000L;
    private static final int WINDOW_SAMPLES = 5;
    /** A second in which other processes used at least this share of the pinned CPUs is part of a busy spell. */
    static final double BUSY_PERCENT = 5;

    private final Path proc;
    private final List<Integer> cpus;
    private final long pgid;
    private long[] first;
    private long[] last;
    private long[] windowStart;
    private int samples;
    private int sinceWindow;
    private double otherMax;
    private long lastNanos;
    private long firstNanos;
    private final long epochOffsetMillis;
    private final List<BusySpell> busy = new ArrayList<>();
    private long spellFrom = -1;
    private long spellTo;
    private double spellMax;

    /**
     * @param proc the {@code /proc} to read (a test may give a fake one)
     * @param cpus the CPUs the cell is pinned to (all CPUs when it is not pinned)
     * @param pgid the cell's process group
     */
    public LoadMonitor(Path proc, List<Integer> cpus, long pgid) {
        this(proc, cpus, pgid, System.currentTimeMillis() - System.nanoTime() / 1_000_000);
    }

    /** @param epochOffsetMillis milliseconds since the epoch at {@code nanoNow == 0} */
    LoadMonitor(Path proc, List<Integer> cpus, long pgid, long epochOffsetMillis) {
        this.proc = proc;
        this.cpus = List.copyOf(cpus);
        this.pgid = pgid;
        this.epochOffsetMillis = epochOffsetMillis;
    }

    /** Takes a sample if at least {@link #INTERVAL_NANOS} passed since the last one. */
    public void sampleIfDue(long nanoNow) {
        if (last == null || nanoNow - lastNanos >= INTERVAL_NANOS) {
            sample(nanoNow);
        }
    }

    /** One sample: {busy, steal, total, cell} ticks. */
    public void sample(long nanoNow) {
        Optional<long[]> now = read();
        if (now.isEmpty()) {
            return;
        }
        long[] s = now.get();
        if (first == null) {
            first = s;
            windowStart = s;
            firstNanos = nanoNow;
        } else {
            track(otherPercent(last, s), lastNanos, nanoNow);
            if (++sinceWindow >= WINDOW_SAMPLES) {
                otherMax = Math.max(otherMax, otherPercent(windowStart, s));
                windowStart = s;
                sinceWindow = 0;
            }
        }
        last = s;
        lastNanos = nanoNow;
        samples++;
    }

    /** Extends the busy spell under way with the second from {@code fromNanos} to {@code toNanos}, or ends it. */
    private void track(double other, long fromNanos, long toNanos) {
        if (other >= BUSY_PERCENT) {
            if (spellFrom < 0) {
                spellFrom = epochMillis(fromNanos);
                spellMax = 0;
            }
            spellTo = epochMillis(toNanos);
            spellMax = Math.max(spellMax, other);
        } else {
            endSpell();
        }
    }

    private void endSpell() {
        if (spellFrom >= 0) {
            busy.add(new BusySpell(spellFrom, spellTo, round(spellMax)));
            spellFrom = -1;
        }
    }

    private long epochMillis(long nanos) {
        return nanos / 1_000_000 + epochOffsetMillis;
    }

    /** The summary, or empty with fewer than two samples. */
    public Optional<Load> finish() {
        if (first == null || samples < 2 || last[2] == first[2]) {
            return Optional.empty();
        }
        double capacity = last[2] - first[2];
        double cell = 100.0 * (last[3] - first[3]) / capacity;
        double other = otherPercent(first, last);
        double steal = 100.0 * (last[1] - first[1]) / capacity;
        endSpell();
        return Optional.of(new Load(Cpus.compress(cpus), round((lastNanos - firstNanos) / 1e9), samples,
                round(Math.min(cell, 100)), round(other), round(Math.max(otherMax, other)), round(steal),
                loadAverage().orElse(null), List.copyOf(busy)));
    }

    private static double otherPercent(long[] a, long[] b) {
        double capacity = b[2] - a[2];
        if (capacity <= 0) {
            return 0;
        }
        return Math.max(0, 100.0 * ((b[0] - a[0]) - (b[3] - a[3])) / capacity);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private Optional<long[]> read() {
        long busy = 0;
        long steal = 0;
        long total = 0;
        try {
            for (String line : Files.readAllLines(proc.resolve("stat"))) {
                if (!line.startsWith("cpu") || line.startsWith("cpu ")) {
                    continue;
                }
                String[] f = line.trim().split("\\s+");
                int cpu = Integer.parseInt(f[0].substring(3));
                if (!cpus.contains(cpu)) {
                    continue;
                }
                long[] v = new long[f.length - 1];
                for (int i = 1; i < f.length; i++) {
                    v[i - 1] = Long.parseLong(f[i]);
                }
                // user nice system idle iowait irq softirq steal (guest is inside user)
                long b = v[0] + v[1] + v[2];
                long st = v.length > 7 ? v[7] : 0;
                busy += b;
                steal += st;
                total += b + v[3] + v[4] + v[5] + v[6] + st;
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(new long[] {busy, steal, total, cellTicks()});
    }

    /** utime + stime + cutime + cstime over the live members of the cell's process group. */
    private long cellTicks() {
        long sum = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc, "[0-9]*")) {
            for (Path p : ds) {
                try {
                    String[] f = Procfs.statFields(p);
                    if (Long.parseLong(f[Procfs.PGRP]) == pgid) {
                        for (int i = Procfs.UTIME; i < Procfs.UTIME + 4; i++) {
                            sum += Long.parseLong(f[i]);
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended between listing and reading
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return sum;
    }

    private Optional<Double> loadAverage() {
        try {
            return Optional.of(Double.parseDouble(Files.readString(proc.resolve("loadavg")).trim().split("\\s+")[0]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
