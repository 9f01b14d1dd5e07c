package dev.cvp.runner.machine;

import dev.cvp.bundle.SlowSpell;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * How fast each CPU computes while the run goes on: the time a hypervisor takes from a virtual
 * CPU is not always reported as steal, and then {@code /proc} shows a quiet machine while every
 * score on that CPU runs 30-60% slow (seen on the 2-vCPU machine this project is developed on).
 *
 * <p>One daemon thread per CPU, pinned to it ({@code taskset -p -c N <tid>}, an argument list),
 * does the same fixed computation once a second and records the thread CPU time it took. The
 * computation is the project's own CPU-bound work, a naive recursive fib (fib(28), about 1 ms;
 * calls and branches, no memory traffic): a loop of register arithmetic was tried first and ran
 * only 1.09x slow while fib itself ran 1.67x slow on the same CPUs. On the development machine the
 * slow spells last 2 to 10 seconds and double the probe's time (0.33 ms to 0.58-0.72 ms for
 * fib(26)) while {@code /proc} shows no steal, so an invocation's figure is its worst spell: the
 * median of {@value #WINDOW} consecutive samples. The guest counts unreported steal as the
 * thread running, so a fixed computation that takes more CPU time means a slower CPU; sharing
 * the CPU with the cell does not change it (the time the cell runs is not the probe's). The
 * probe costs each CPU about 0.1% of its time; its warm-up (the JIT compiling the computation)
 * is done before {@link #start} returns, so that it does not fall into the first cell. A CPU
 * whose pinning fails gets no samples.
 */
public final class SpeedProbe implements AutoCloseable {

    /** Below this many samples of a CPU in an interval, its speed there is not judged. */
    static final int MIN_SAMPLES = 3;
    private static final long PERIOD_MILLIS = 1000;
    private static final int WORK = 28;
    /** Consecutive samples (about 5 s) whose median is one spell's speed. */
    static final int WINDOW = 5;
    private static final double BASELINE_QUANTILE = 0.10;
    private static final long WARM_UP_SECONDS = 10;

    /** One probe: when it ended ({@link System#nanoTime}), on which CPU, and its CPU time. */
    record Sample(long at, int cpu, long cpuNanos) {
    }

    /**
     * A probe at least this much slower than the run's fast ones counts towards a spell. Lower than
     * the report's 1.25 for a disturbed cell, so that a spell's ends are not cut short: the report
     * judges each spell by its own slowdown.
     */
    static final double SPELL = 1.15;

    /** Milliseconds since the epoch at {@code System.nanoTime() == 0}: spells go on the JMH iterations' clock. */
    private final long epochOffsetMillis = System.currentTimeMillis() - System.nanoTime() / 1_000_000;

    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;
    private volatile long sink;

    private SpeedProbe() {
    }

    /** No probe: {@link #slowdown} is always empty. */
    public static SpeedProbe none() {
        return new SpeedProbe();
    }

    /**
     * Starts a probe thread on each of {@code cpus}, pinned with {@code taskset}, and returns once
     * each has warmed up (or failed to pin), at most {@value #WARM_UP_SECONDS} s later.
     */
    public static SpeedProbe start(Path taskset, List<Integer> cpus) {
        SpeedProbe p = new SpeedProbe();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        if (!bean.isCurrentThreadCpuTimeSupported()) {
            return p;
        }
        CountDownLatch warm = new CountDownLatch(cpus.size());
        for (int cpu : cpus) {
            Thread t = Thread.ofPlatform().daemon().name("cvp-speed-" + cpu)
                    .unstarted(() -> p.probe(taskset, cpu, bean, warm));
            p.threads.add(t);
            t.start();
        }
        try {
            warm.await(WARM_UP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return p;
    }

    private void probe(Path taskset, int cpu, ThreadMXBean bean, CountDownLatch warm) {
        if (!pin(taskset, cpu)) {
            warm.countDown();
            return;
        }
        for (int i = 0; i < 200 && !stopped; i++) {
            sink += work();
        }
        warm.countDown();
        while (!stopped) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long before = bean.getCurrentThreadCpuTime();
            sink += work();
            long took = bean.getCurrentThreadCpuTime() - before;
            if (took > 0) {
                samples.add(new Sample(System.nanoTime(), cpu, took));
            }
        }
    }

    /** Pins the calling thread to {@code cpu} and checks that the kernel says so. */
    private static boolean pin(Path taskset, int cpu) {
        try {
            Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            String tid = self.getFileName().toString();
            Process p = new ProcessBuilder(taskset.toString(), "-p", "-c", Integer.toString(cpu), tid)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                return false;
            }
            Optional<String> allowed = Cpus.statusField(Path.of("/proc/thread-self/status"), "Cpus_allowed_list");
            return allowed.map(a -> a.equals(Integer.toString(cpu))).orElse(false);
        } catch (Exception e) {
            return false;
        }
    }

    /** The fixed computation. */
    private static long work() {
        return fib(WORK);
    }

    private static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    /** The samples so far (for tests and {@link #slowdown}). */
    List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * How much slower the slowest of {@code cpus} computed in its worst spell between {@code from}
     * and {@code to} ({@link System#nanoTime}) than this run's fast probes: the largest median of
     * {@value #WINDOW} consecutive samples (of all of them, when fewer) over the 10th percentile of
     * every sample of every CPU so far (1.0 = full speed). Empty when no CPU of {@code cpus} has
     * {@value #MIN_SAMPLES} samples in the interval.
     */
    public OptionalDouble slowdown(long from, long to, Collection<Integer> cpus) {
        return slowdown(samples(), from, to, cpus);
    }

    static OptionalDouble slowdown(List<Sample> all, long from, long to, Collection<Integer> cpus) {
        if (all.isEmpty()) {
            return OptionalDouble.empty();
        }
        double baseline = baseline(all);
        OptionalDouble worst = OptionalDouble.empty();
        for (int cpu : cpus) {
            long[] mine = all.stream().filter(s -> s.cpu() == cpu && s.at() >= from && s.at() <= to)
                    .sorted(Comparator.comparingLong(Sample::at)).mapToLong(Sample::cpuNanos).toArray();
            if (mine.length < MIN_SAMPLES) {
                continue;
            }
            int width = Math.min(WINDOW, mine.length);
            for (int i = 0; i + width <= mine.length; i++) {
                long[] spell = Arrays.copyOfRange(mine, i, i + width);
                Arrays.sort(spell);
                double r = quantile(spell, 0.5) / baseline;
                if (worst.isEmpty() || r > worst.getAsDouble()) {
                    worst = OptionalDouble.of(r);
                }
            }
        }
        return worst;
    }

    /**
     * The times, in microseconds, the fixed computation took on {@code cpus} between {@code from}
     * and {@code to} ({@link System#nanoTime}), every CPU's pooled in the order they ended: how fast
     * the machine computed during that interval, to hold against another interval's. Empty when
     * those CPUs have fewer than {@value #MIN_SAMPLES} samples in it.
     */
    public List<Double> micros(long from, long to, Collection<Integer> cpus) {
        return micros(samples(), from, to, cpus);
    }

    static List<Double> micros(List<Sample> all, long from, long to, Collection<Integer> cpus) {
        List<Double> mine = all.stream().filter(s -> cpus.contains(s.cpu()) && s.at() >= from && s.at() <= to)
                .sorted(Comparator.comparingLong(Sample::at)).map(s -> s.cpuNanos() / 1000.0).toList();
        return mine.size() < MIN_SAMPLES ? List.of() : mine;
    }

    /**
     * When each of {@code cpus} ran slow between {@code from} and {@code to} ({@link System#nanoTime}),
     * in milliseconds since the epoch: runs of probes whose median with their two neighbours is at
     * least {@value #SPELL} times the run's fast probes (one slow probe between fast ones is noise,
     * as in {@link #slowdown}). A spell reaches from the last fast probe before it to the first fast
     * one after it (a second beyond its ends where there is none), and its slowdown is the median of
     * its probes.
     */
    public List<SlowSpell> spells(long from, long to, Collection<Integer> cpus) {
        return spells(samples(), from, to, cpus, epochOffsetMillis);
    }

    static List<SlowSpell> spells(List<Sample> all, long from, long to, Collection<Integer> cpus, long epochOffsetMillis) {
        List<SlowSpell> out = new ArrayList<>();
        if (all.isEmpty()) {
            return out;
        }
        double baseline = baseline(all);
        long second = PERIOD_MILLIS * 1_000_000;
        for (int cpu : cpus) {
            List<Sample> mine = all.stream().filter(x -> x.cpu() == cpu && x.at() >= from - 2 * second
                    && x.at() <= to + 2 * second).sorted(Comparator.comparingLong(Sample::at)).toList();
            int n = mine.size();
            boolean[] slow = new boolean[n];
            for (int i = 0; i < n; i++) {
                long[] three = {mine.get(Math.max(0, i - 1)).cpuNanos(), mine.get(i).cpuNanos(),
                        mine.get(Math.min(n - 1, i + 1)).cpuNanos()};
                Arrays.sort(three);
                slow[i] = three[1] >= SPELL * baseline;
            }
            for (int i = 0; i < n; i++) {
                if (!slow[i]) {
                    continue;
                }
                int j = i;
                while (j + 1 < n && slow[j + 1]) {
                    j++;
                }
                long start = i > 0 ? mine.get(i - 1).at() : mine.get(i).at() - second;
                long end = j + 1 < n ? mine.get(j + 1).at() : mine.get(j).at() + second;
                if (end >= from && start <= to) {
                    long[] spell = mine.subList(i, j + 1).stream().mapToLong(Sample::cpuNanos).sorted().toArray();
                    double slowdown = Math.round(quantile(spell, 0.5) / baseline * 100) / 100.0;
                    out.add(new SlowSpell(start / 1_000_000 + epochOffsetMillis, end / 1_000_000 + epochOffsetMillis,
                            slowdown));
                }
                i = j;
            }
        }
        out.sort(Comparator.comparingLong(SlowSpell::from));
        return out;
    }

    /** The run's full speed: the 10th percentile of every probe of every CPU so far. */
    private static double baseline(List<Sample> all) {
        return quantile(all.stream().mapToLong(Sample::cpuNanos).sorted().toArray(), BASELINE_QUANTILE);
    }

    private static double quantile(long[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Stops the probe threads. */
    @Override
    public void close() {
        stopped = true;
        threads.forEach(Thread::interrupt);
    }
}
