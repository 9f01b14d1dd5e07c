package dev.cvp.python.worker;

import dev.cvp.io.workload.StageTimes;

/**
 * What one operation's job answered.
 *
 * @param result  the sum of the tasks' results (Fibonacci values, sleeps, body bytes, bytes written)
 * @param checked how many task results the worker checked before summing them
 * @param stages  the task time each stage took, summed over the tasks (the pipeline); {@link StageTimes#ZERO}
 *                for a job without stages
 */
public record JobResult(long result, int checked, StageTimes stages) {

    /** The answer of a job without stages. */
    public JobResult(long result, int checked) {
        this(result, checked, StageTimes.ZERO);
    }
}
