package dev.cvp.runner.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cvp.bundle.SlowSpell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SpeedProbeTest {

    private static List<SpeedProbe.Sample> samples(int cpu, long from, long... cpuNanos) {
        List<SpeedProbe.Sample> out = new ArrayList<>();
        for (int i = 0; i < cpuNanos.length; i++) {
            out.add(new SpeedProbe.Sample(from + i, cpu, cpuNanos[i]));
        }
        return out;
    }

    @Test
    void theSlowestCpusMedianOverTheRunsFastProbesIsTheSlowdown() {
        List<SpeedProbe.Sample> all = new ArrayList<>();
        all.addAll(samples(0, 0, 2000, 2000, 2010, 1990, 2000, 2000, 2000, 2000, 2000, 2000));
        all.addAll(samples(1, 100, 3000, 2900, 3100, 3000, 3000));
        assertEquals(1.5, SpeedProbe.slowdown(all, 100, 200, List.of(0, 1)).getAsDouble(), 0.01,
                "cpu 1 took 3,000 where the run's fast probes took 2,000");
        assertEquals(1.0, SpeedProbe.slowdown(all, 0, 50, List.of(0)).getAsDouble(), 0.01);
    }

    @Test
    void aSlowSpellOfFiveSecondsCountsWhereTheMedianOfTheWholeInvocationWouldHideIt() {
        List<SpeedProbe.Sample> all = new ArrayList<>(samples(0, 0,
                2000, 2000, 2000, 2000, 2000, 4000, 3900, 4100, 4000, 4000, 2000, 2000, 2000, 2000, 2000, 2000));
        assertEquals(2.0, SpeedProbe.slowdown(all, 0, 100, List.of(0)).getAsDouble(), 0.01);
        List<SpeedProbe.Sample> blip = new ArrayList<>(samples(0, 0, 2000, 2000, 2000, 9000, 2000, 2000, 2000));
        assertEquals(1.0, SpeedProbe.slowdown(blip, 0, 100, List.of(0)).getAsDouble(), 0.01, "one slow probe is noise");
    }

    /** Samples a second apart from {@code from} seconds on ({@link System#nanoTime} units). */
    private static List<SpeedProbe.Sample> perSecond(int cpu, long from, long... cpuNanos) {
        List<SpeedProbe.Sample> out = new ArrayList<>();
        for (int i = 0; i < cpuNanos.length; i++) {
            out.add(new SpeedProbe.Sample((from + i) * 1_000_000_000L, cpu, cpuNanos[i]));
        }
        return out;
    }

    @Test
    void aSpellReachesFromTheLastFastProbeBeforeItToTheFirstAfterItOnTheEpochClock() {
        List<SpeedProbe.Sample> all = new ArrayList<>(perSecond(0, 0,
                2000, 2000, 2000, 2000, 3400, 3600, 3500, 2000, 2000, 9000, 2000, 2000));
        all.addAll(perSecond(1, 0, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000, 2000));
        List<SlowSpell> spells = SpeedProbe.spells(all, 0, 11_000_000_000L, List.of(0, 1), 5_000);
        assertEquals(List.of(new SlowSpell(5_000 + 3_000, 5_000 + 7_000, 1.75)), spells,
                "seconds 4-6 ran 1.75x slow on cpu 0; the lone slow probe at 9 s is noise; cpu 1 was fast");
        assertTrue(spells.get(0).overlaps(5_000 + 6_500, 5_000 + 6_700), "an iteration in the spell");
        assertTrue(!spells.get(0).overlaps(5_000 + 7_200, 5_000 + 7_400), "an iteration after it");
        assertEquals(List.of(), SpeedProbe.spells(all, 9_000_000_000L, 11_000_000_000L, List.of(0, 1), 0),
                "none in a later interval");
    }

    @Test
    void theTimesOfAnIntervalPoolItsCpusSamplesInTheOrderTheyEndedInMicroseconds() {
        List<SpeedProbe.Sample> all = new ArrayList<>(samples(0, 0, 2000_000, 2100_000, 9000_000));
        all.addAll(samples(1, 0, 2200_000, 2200_000, 2200_000));
        all.addAll(samples(0, 100, 2300_000, 2300_000, 2300_000));
        assertEquals(List.of(2000.0, 2100.0, 9000.0), SpeedProbe.micros(all, 0, 50, List.of(0)));
        assertEquals(List.of(2000.0, 2200.0, 2100.0, 2200.0, 9000.0, 2200.0),
                SpeedProbe.micros(all, 0, 50, List.of(0, 1)), "both CPUs' samples, by when they ended");
        assertEquals(List.of(2300.0, 2300.0, 2300.0), SpeedProbe.micros(all, 100, 200, List.of(0, 1)));
        assertEquals(List.of(), SpeedProbe.micros(all, 0, 50, List.of(2)), "no samples");
    }

    @Test
    void aCpuWithTooFewSamplesInTheIntervalIsNotJudged() {
        List<SpeedProbe.Sample> all = new ArrayList<>(samples(0, 0, 2000, 2000, 2000, 2000));
        all.addAll(samples(1, 10, 9000, 9000));
        assertEquals(OptionalDouble.empty(), SpeedProbe.slowdown(all, 10, 20, List.of(1)));
        assertEquals(OptionalDouble.empty(), SpeedProbe.none().slowdown(0, Long.MAX_VALUE, List.of(0)));
    }

    @Test
    void probeThreadsArePinnedAndRecordTheCpuTimeOfTheirWork() throws Exception {
        Path taskset = Path.of("/usr/bin/taskset");
        assumeTrue(Files.isExecutable(taskset) && Files.exists(Path.of("/proc/thread-self")), "Linux with taskset");
        int cpu = Cpus.available().get(0);
        try (SpeedProbe p = SpeedProbe.start(taskset, List.of(cpu))) {
            for (int i = 0; i < 100 && p.samples().size() < 2; i++) {
                Thread.sleep(100);
            }
            List<SpeedProbe.Sample> got = p.samples();
            assertTrue(got.size() >= 2, "two probes within 10 s of starting; got " + got.size());
            assertTrue(got.stream().allMatch(s -> s.cpu() == cpu && s.cpuNanos() > 0), got.toString());
            boolean pinned = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("cvp-speed-" + cpu));
            assertTrue(pinned, "the probe thread runs under its name");
        }
    }
}
