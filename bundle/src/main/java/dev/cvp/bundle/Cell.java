package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of run.json's {@code cells}: a module at a core count, how its latest attempt ended
 * and why. Absent values are left out of the file.
 *
 * @param seconds          wall time of the latest attempt
 * @param attempts         how many times it was started (a resume reruns what is not ok)
 * @param results          how many valid JMH results its file holds
 * @param pinnedCpus       the CPU list taskset gave it (null without taskset)
 * @param observedAffinity the CPU list the running JVM was allowed on, read from /proc
 * @param log              its JMH console output, relative to the bundle
 * @param json             its JMH result file, relative to the bundle (null when none is valid)
 * @param reason           one line: why it failed, was skipped or is pending
 * @param logTail          the last lines of its log, for a failed cell
 * @param concurrentRuns   other runners measuring on this machine meanwhile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Cell(String module, int cores, CellState state, Integer exitCode, Double seconds, int attempts,
                   String startedAt, String finishedAt, Integer results, String pinnedCpus, String observedAffinity,
                   String log, String json, String reason, String logTail, Integer concurrentRuns) {

    /** A cell that has not run. */
    public static Cell pending(String module, int cores) {
        return new Cell(module, cores, CellState.PENDING, null, null, 0, null, null, null, null, null, null, null,
                null, null, null);
    }

    public boolean ok() {
        return state == CellState.OK;
    }

    public boolean is(String module, int cores) {
        return this.module.equals(module) && this.cores == cores;
    }

    /** This cell as it starts another attempt. */
    public Cell started(String at, Integer otherRuns) {
        return new Cell(module, cores, CellState.PENDING, null, null, attempts + 1, at, null, null, null, null, null,
                null, null, null, otherRuns);
    }

    /** This cell as its attempt ended. */
    public Cell finished(Outcome o) {
        return new Cell(module, cores, o.state(), o.exitCode(), o.seconds(), attempts, startedAt, o.finishedAt(),
                o.results(), o.pinnedCpus(), o.observedAffinity(), o.log(), o.json(), o.reason(), o.logTail(),
                concurrentRuns);
    }

    /** How one attempt of a cell ended (what {@link #finished} records). */
    public record Outcome(CellState state, Integer exitCode, Double seconds, String finishedAt, Integer results,
                          String pinnedCpus, String observedAffinity, String log, String json, String reason,
                          String logTail) {

        public Outcome withResults(Integer count) {
            return new Outcome(state, exitCode, seconds, finishedAt, count, pinnedCpus, observedAffinity, log, json,
                    reason, logTail);
        }

        /** A cell that never started, e.g. skipped for lack of a jar or an interpreter. */
        public static Outcome notRun(CellState state, String at, String reason) {
            return new Outcome(state, null, null, at, null, null, null, null, null, reason, null);
        }
    }
}
