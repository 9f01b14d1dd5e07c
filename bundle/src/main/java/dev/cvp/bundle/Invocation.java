package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One JMH invocation, in execution order (run.json's {@code invocations}, v2): which cell, which
 * round and attempt, where and when it ran and how it ended. The order lets a reader see that the
 * sides of a ratio were measured close in time: a cell measured in several rounds has one
 * invocation (and one result file) per round, and the rounds of a module's core counts alternate.
 *
 * @param sequence         1, 2, 3... in the order the invocations started
 * @param round            which round of its cell, from 1
 * @param attempt          which attempt of that round, from 1 (a resume reruns a round that is not ok)
 * @param json             its JMH result file, relative to the bundle (null when none is valid)
 * @param log              its JMH console output, relative to the bundle
 * @param load             what else the machine did meanwhile; null where it could not be sampled
 * @param pinnedCpus       the CPU list taskset gave it (null without taskset); the rounds of a cell
 *                         with fewer cores than the machine has use different CPUs
 * @param observedAffinity the CPU list its running JVM was allowed on, read from /proc
 * @param reason           one line: why it failed or was interrupted
 * @param selection        (v2, optional) for an extra round, which spends a profile's time budget on
 *                         the comparisons whose intervals were still wide: the JMH benchmark regex
 *                         and {@code -p} options it measured again instead of the module's whole
 *                         selection (e.g. {@code ^dev.cvp.cpu.FibBenchmark.run$ -p strategy=gil,sequential
 *                         -p tasks=8}); null for a planned round. A cell's state is its planned
 *                         rounds'; an extra round only adds forks to the rows it names.
 * @param replaces         (v2, optional) for an extra round that measured again the rows a slow spell
 *                         hit in an earlier round at this core count: that round, whose results for
 *                         the same rows the report then leaves out; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invocation(int sequence, String module, int cores, int round, int attempt, String startedAt,
                         String finishedAt, Double seconds, CellState state, Integer exitCode, Integer results,
                         String json, String log, Load load, String pinnedCpus, String observedAffinity,
                         String reason, String selection, Integer replaces) {

    public Invocation {
        round = Math.max(round, 1);
        attempt = Math.max(attempt, 1);
    }

    /** An invocation of {@code module} at {@code cores}, round {@code round}, that ended as {@code o}. */
    public static Invocation of(int sequence, String module, int cores, int round, int attempt, String startedAt,
                                Cell.Outcome o, Load load) {
        return new Invocation(sequence, module, cores, round, attempt, startedAt, o.finishedAt(), o.seconds(),
                o.state(), o.exitCode(), o.results(), o.json(), o.log(), load, o.pinnedCpus(), o.observedAffinity(),
                o.reason(), null, null);
    }

    /**
     * This invocation as an extra round that measured only {@code selection} again, in place of
     * round {@code replaces}'s results for those rows (null when it adds to them).
     */
    public Invocation asExtra(String selection, Integer replaces) {
        return new Invocation(sequence, module, cores, round, attempt, startedAt, finishedAt, seconds, state, exitCode,
                results, json, log, load, pinnedCpus, observedAffinity, reason, selection, replaces);
    }

    /** True for an extra round (see {@code selection}). */
    public boolean extra() {
        return selection != null;
    }

    public boolean ok() {
        return state == CellState.OK;
    }

    public boolean is(String module, int cores) {
        return this.module.equals(module) && this.cores == cores;
    }
}
