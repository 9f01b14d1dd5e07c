package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of run.json's {@code cells}: a module at a core count, how its latest attempt ended
 * and why. Absent values are left out of the file. A cell measured in several rounds is ok when
 * every round is ok; its fields are then those of one round (the first failed round's, else round
 * 1's), with {@code seconds} and {@code results} summed over the rounds, and run.json's
 * invocations hold each round's.
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

    /**
     * This cell after one of its {@code rounds} rounds ended as {@code o}. {@code latest} holds the
     * latest invocation of each round, the one that just ended included. Failed while any round's
     * latest invocation failed; pending (with how many rounds are done) while rounds are left; ok
     * when every round is ok. With one round, or an interrupted round, the same as {@link #finished}.
     */
    public Cell roundEnded(Outcome o, int round, int rounds, Map<Integer, Invocation> latest) {
        if (rounds <= 1 || o.state() == CellState.PENDING || o.state() == CellState.SKIPPED) {
            return finished(o);
        }
        double seconds = 0;
        int results = 0;
        boolean anyResults = false;
        int done = 0;
        Integer failedRound = null;
        for (int r = 1; r <= rounds; r++) {
            Invocation i = latest.get(r);
            if (i == null) {
                continue;
            }
            seconds += i.seconds() == null ? 0 : i.seconds();
            if (i.results() != null) {
                results += i.results();
                anyResults = true;
            }
            if (i.ok()) {
                done++;
            } else if (i.state() == CellState.FAILED && failedRound == null) {
                failedRound = r;
            }
        }
        Integer count = anyResults ? results : null;
        double total = Math.round(seconds * 10) / 10.0;
        int shownRound = failedRound != null ? failedRound : 1;
        Outcome shown;
        if (shownRound == round || !latest.containsKey(shownRound)) {
            shown = o;
        } else {
            Invocation i = latest.get(shownRound);
            shown = new Outcome(i.state(), i.exitCode(), null, null, null, i.pinnedCpus(), i.observedAffinity(),
                    i.log(), i.json(), i.reason(), null);
        }
        CellState state;
        String reason;
        if (failedRound != null) {
            state = CellState.FAILED;
            reason = "round " + failedRound + " of " + rounds + ": " + Objects.requireNonNullElse(shown.reason(), "failed");
        } else if (done == rounds) {
            state = CellState.OK;
            reason = null;
        } else {
            state = CellState.PENDING;
            reason = done + " of " + rounds + " rounds done; the others run in turn with the module's other core counts";
        }
        return finished(new Outcome(state, shown.exitCode(), total, o.finishedAt(), count, shown.pinnedCpus(),
                shown.observedAffinity(), shown.log(), shown.json(), reason,
                state == CellState.FAILED ? shown.logTail() : null));
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
