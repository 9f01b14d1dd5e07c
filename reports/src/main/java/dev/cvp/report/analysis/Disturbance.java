package dev.cvp.report.analysis;

import dev.cvp.bundle.Invocation;
import dev.cvp.bundle.Load;
import dev.cvp.bundle.ModuleNames;
import dev.cvp.report.model.Cell;
import dev.cvp.report.model.SpellCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What run.json's load records (format 2) say about other activity on the machine during each
 * JMH invocation, and so during each cell (one module at one core count).
 *
 * <p>An invocation is disturbed when, on the CPUs its cell was pinned to:
 * <ul>
 *   <li>processes outside the run used more than {@link #OTHER_PERCENT}% of those CPUs in the
 *       worst window of about 5 seconds ({@link Load#otherPercentMax()}). On a quiet machine
 *       the runner's own sampling, the shell and the kernel use 1-3%; 10% of a pinned core for
 *       5 seconds is half a second of another program's work, which slows a 1-core score by up
 *       to 10% while it lasts, twice the 5% that the sequential control tolerates on each
 *       side; or</li>
 *   <li>the hypervisor gave more than {@link #STEAL_PERCENT}% of the time to other guests
 *       ({@link Load#stealPercent()}): over the whole invocation that slows every score by
 *       about as much, and a speedup can then be off by 5% or more, the width the fib targets
 *       (1.85 to 1.9 with an interval of ±0.05) must resolve.</li>
 *   <li>a fixed computation ran more than {@link #SLOWDOWN}× slower on one of those CPUs, in its
 *       worst spell of about 5 seconds, than at the run's full speed ({@link Load#cpuSlowdown()}):
 *       a hypervisor can take a virtual CPU's time, or a busy sibling hyperthread its execution
 *       units, without anything showing as steal, and every score on it is then that much slow
 *       while it lasts. On the development machine such spells run 1.7-2x slow and quiet spells
 *       1.0-1.15x.</li>
 * </ul>
 * A slow spell that hit only iterations the report set aside ({@link SpellCheck}) no longer
 * disturbs its invocation: what counts then is the worst spell over the iterations that stayed in
 * the figures. Other processes are judged the same way where the runner recorded when they were
 * busy ({@link Load#busySpells()}, second by second): then the worst busy second over iterations
 * that stayed counts, and only the rows it touched are disturbed. A cell is disturbed when any of
 * its invocations is. Since the 1-core side of a speedup is a different cell from the k-core side,
 * a disturbed cell touches every speedup it is a side of.
 */
public final class Disturbance {

    /** Other processes' share of the pinned CPUs, worst ~5 s window, above which an invocation is disturbed. */
    public static final double OTHER_PERCENT = 10;
    /** Steal time, over the whole invocation, above which it is disturbed. */
    public static final double STEAL_PERCENT = 5;
    /** How much slower a fixed computation may run on a pinned CPU before the invocation is disturbed. */
    public static final double SLOWDOWN = 1.25;

    /**
     * A disturbed cell: the worst of its invocations' figures, and which invocations.
     *
     * @param cpuSlowdown the worst {@link Load#cpuSlowdown()}, 0 where none was probed; for a cell whose
     *                    results carry their iterations' times, the worst spell over iterations that
     *                    stayed in the figures
     * @param otherPercentMax the worst window's share of other processes; where they were judged
     *                    result by result, the worst busy second over iterations that stayed
     * @param perRow      true when the slow CPU was judged result by result (iteration times): then it
     *                    disturbs only the rows it touched ({@link Cell#residue()}), not the cell
     * @param perRowOther likewise for other processes (iteration times and busy spells recorded)
     */
    public record Hit(String module, int cores, double otherPercentMax, double stealPercent, double cpuSlowdown,
                      List<Integer> sequences, boolean perRow, boolean perRowOther) {

        /** True when other processes used more than {@link #OTHER_PERCENT}% of the pinned CPUs in a window. */
        public boolean otherActivity() {
            return otherPercentMax > OTHER_PERCENT;
        }

        /** True when the hypervisor reported more than {@link #STEAL_PERCENT}% steal. */
        public boolean steal() {
            return stealPercent > STEAL_PERCENT;
        }

        /** True when the CPUs ran slow though nothing else shows. */
        public boolean slowCpu() {
            return cpuSlowdown > SLOWDOWN;
        }

        /** True when any of the three says the invocation (or some of the cell) was disturbed. */
        boolean disturbed() {
            return otherActivity() || steal() || slowCpu();
        }

        /** True when every row of the cell is: steal, or other activity or a slow CPU not judged per row. */
        boolean wholeCell() {
            return (otherActivity() && !perRowOther) || steal() || (slowCpu() && !perRow);
        }
    }

    private final Map<String, Hit> hits;
    private final int sampled;
    private final int probed;
    private final List<String> unsampled;

    private final SpellCheck setAside;

    private Disturbance(Map<String, Hit> hits, int sampled, int probed, List<String> unsampled, SpellCheck setAside) {
        this.hits = hits;
        this.sampled = sampled;
        this.probed = probed;
        this.unsampled = List.copyOf(unsampled);
        this.setAside = setAside;
    }

    public static Disturbance of(List<Invocation> invocations) {
        return of(invocations, Map.of());
    }

    /**
     * @param checks cell ("bench-cpu@2") -> what its slow spells did once the iterations they hit
     *               were set aside and the results measured again replaced; an invocation of a cell
     *               without one is judged by its {@code cpuSlowdown}
     */
    public static Disturbance of(List<Invocation> invocations, Map<String, SpellCheck> checks) {
        SpellCheck total = SpellCheck.NONE;
        Map<String, Hit> hits = new LinkedHashMap<>();
        int sampled = 0;
        int probed = 0;
        List<String> unsampled = new ArrayList<>();
        for (Invocation i : invocations) {
            Load load = i.load();
            if (load == null || i.module() == null) {
                unsampled.add(Trust.cell(i.module() == null ? "an unnamed module"
                        : ModuleNames.canonical(i.module()).orElse(i.module()), i.cores()));
                continue;
            }
            sampled++;
            if (load.cpuSlowdown() != null) {
                probed++;
            }
            String module = ModuleNames.canonical(i.module()).orElse(i.module());
            SpellCheck check = checks.get(key(module, i.cores()));
            double slowdown = check != null ? check.residual().slowdown()
                    : load.cpuSlowdown() == null ? 0 : load.cpuSlowdown();
            boolean perRowOther = check != null && load.busyRecorded();
            double other = perRowOther ? check.residual().otherPercent() : load.otherPercentMax();
            Hit h = new Hit(module, i.cores(), other, load.stealPercent(), slowdown, List.of(i.sequence()),
                    check != null, perRowOther);
            if (h.disturbed()) {
                hits.merge(key(module, i.cores()), h, Disturbance::worse);
            }
        }
        for (SpellCheck c : checks.values()) {
            total = total.plus(c);
        }
        return new Disturbance(hits, sampled, probed, unsampled, total);
    }

    /** Over every cell: the iterations set aside for slow spells, the results that lost some, those replaced. */
    public SpellCheck setAside() {
        return setAside;
    }

    private static Hit worse(Hit a, Hit b) {
        List<Integer> seq = new ArrayList<>(a.sequences());
        seq.addAll(b.sequences());
        return new Hit(a.module(), a.cores(), Math.max(a.otherPercentMax(), b.otherPercentMax()),
                Math.max(a.stealPercent(), b.stealPercent()), Math.max(a.cpuSlowdown(), b.cpuSlowdown()),
                List.copyOf(seq), a.perRow() && b.perRow(), a.perRowOther() && b.perRowOther());
    }

    private static String key(String module, int cores) {
        return module + "@" + cores;
    }

    /** False when no invocation has a load record (version-1 bundles, plain JMH JSON, no /proc). */
    public boolean recorded() {
        return sampled > 0;
    }

    /** Invocations whose load record has the speed probe's figure. */
    public int probed() {
        return probed;
    }

    /** Invocations with a load record. */
    public int sampled() {
        return sampled;
    }

    /** The cells of the invocations without one ("bench-cpu at 2 cores"), in execution order. */
    public List<String> unsampled() {
        return unsampled;
    }

    /** Disturbed cells, in execution order of their first disturbed invocation. */
    public List<Hit> hits() {
        return List.copyOf(hits.values());
    }

    public boolean any() {
        return !hits.isEmpty();
    }

    /**
     * Whether every row of the cell (module at that core count) was disturbed: steal, or other
     * activity or a slow CPU where the rows could not be told apart. Spells judged per row disturb
     * the rows whose cells say so ({@link Cell#residue()}, {@link #slowRow}).
     */
    public boolean disturbed(String module, int cores) {
        Hit h = hits.get(key(module, cores));
        return h != null && h.wholeCell();
    }

    /**
     * Whether a row (a cell of a workload's table) was measured during a slow spell, or a second of
     * other processes' activity, that stayed in its figures.
     */
    public static boolean slowRow(Optional<Cell> cell) {
        return cell.map(c -> c.residue().slowdown() > SLOWDOWN || c.residue().otherPercent() > OTHER_PERCENT)
                .orElse(false);
    }
}
