package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What else the machine did while one invocation ran (run.json, v2), sampled from {@code /proc}
 * about once a second on the CPUs the cell was pinned to. Percentages are of those CPUs'
 * capacity over the sampled time (100 = every pinned CPU busy all the time).
 *
 * @param cpus            the CPU list sampled (the cell's pinned CPUs; every CPU when not pinned)
 * @param seconds         the time covered by the samples
 * @param samples         how many samples were taken
 * @param cellPercent     CPU time used by the cell's own processes (JMH, its forks, their workers)
 * @param otherPercent    CPU time used on those CPUs by everything else (busy minus the cell's own)
 * @param otherPercentMax the largest {@code otherPercent} of any window of about 5 seconds
 * @param stealPercent    time the hypervisor gave those CPUs to other guests
 * @param loadAverage     the 1-minute load average at the end
 * @param cpuSlowdown     how much slower a fixed computation ran on the slowest of those CPUs during
 *                        the invocation than the run's fast probes (1.0 = full speed; null where not
 *                        probed): time a hypervisor takes without reporting it as steal shows here
 * @param slowSpells      when those CPUs ran slow, spell by spell (null where none or not probed)
 * @param busySpells      when other processes used those CPUs, second by second merged into spells
 *                        (empty where none; null in bundles written before the runner recorded them,
 *                        which the report then judges by {@code otherPercentMax} alone)
 * @param probeMicros     the times the speed probe's fixed computation took on those CPUs during the
 *                        invocation, in microseconds, in the order they ended (null where not probed):
 *                        one cell's against another's is how much the machine's speed drifted
 *                        between them, which no spell shows when it is slow and small
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Load(String cpus, double seconds, int samples, double cellPercent, double otherPercent,
                   double otherPercentMax, double stealPercent, Double loadAverage, Double cpuSlowdown,
                   java.util.List<SlowSpell> slowSpells, java.util.List<BusySpell> busySpells,
                   java.util.List<Double> probeMicros) {

    public Load {
        slowSpells = slowSpells == null || slowSpells.isEmpty() ? null : java.util.List.copyOf(slowSpells);
        busySpells = busySpells == null ? null : java.util.List.copyOf(busySpells);
        probeMicros = probeMicros == null || probeMicros.isEmpty() ? null : java.util.List.copyOf(probeMicros);
    }

    /** Without a speed probe (format 2 before the probe). */
    public Load(String cpus, double seconds, int samples, double cellPercent, double otherPercent,
                double otherPercentMax, double stealPercent, Double loadAverage) {
        this(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage, null, null,
                null, null);
    }

    /** With the load monitor's busy spells (empty when other processes stayed quiet). */
    public Load(String cpus, double seconds, int samples, double cellPercent, double otherPercent,
                double otherPercentMax, double stealPercent, Double loadAverage, java.util.List<BusySpell> busySpells) {
        this(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage, null, null,
                busySpells, null);
    }

    /** This record with the speed probe's figure, rounded to 2 decimals. */
    public Load withCpuSlowdown(Double slowdown) {
        return new Load(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage,
                slowdown == null ? null : Math.round(slowdown * 100) / 100.0, slowSpells, busySpells, probeMicros);
    }

    /** This record with the speed probe's spells. */
    public Load withSlowSpells(java.util.List<SlowSpell> spells) {
        return new Load(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage,
                cpuSlowdown, spells, busySpells, probeMicros);
    }

    /** This record with the load monitor's busy spells (null: not recorded). */
    public Load withBusySpells(java.util.List<BusySpell> spells) {
        return new Load(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage,
                cpuSlowdown, slowSpells, spells, probeMicros);
    }

    /** This record with the speed probe's times, each rounded to 0.1 µs (null or empty: not probed). */
    public Load withProbeMicros(java.util.List<Double> micros) {
        return new Load(cpus, seconds, samples, cellPercent, otherPercent, otherPercentMax, stealPercent, loadAverage,
                cpuSlowdown, slowSpells, busySpells, micros == null ? null
                : micros.stream().map(m -> Math.round(m * 10) / 10.0).toList());
    }

    /** The spells, never null. */
    public java.util.List<SlowSpell> spells() {
        return slowSpells == null ? java.util.List.of() : slowSpells;
    }

    /** The busy spells, never null (empty also where they were not recorded: see {@link #busyRecorded}). */
    public java.util.List<BusySpell> busy() {
        return busySpells == null ? java.util.List.of() : busySpells;
    }

    /** Whether the runner recorded busy spells, so that other activity can be judged iteration by iteration. */
    public boolean busyRecorded() {
        return busySpells != null;
    }
}
