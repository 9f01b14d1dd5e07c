package dev.cvp.python.workload;

import dev.cvp.python.worker.JobResult;
import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One of the worker's jobs with its arguments, plus what it needs on the Java side (a server,
 * a directory), opened for a trial and closed after it.
 */
public interface Workload extends AutoCloseable {

    /** The worker's job name: {@code fib}, {@code sleep}, {@code http} or {@code pipeline}. */
    String job();

    /** The job's arguments, sent with every run request. */
    Map<String, Object> args();

    /** What tasks 0 .. tasks-1 must sum to, or empty when only the worker can know (the pipeline's bytes). */
    OptionalLong expected(int tasks);

    /**
     * Checks the worker's answer for one operation and returns its result: every task checked,
     * and the sum as expected (or at least positive, where only the worker knows it).
     *
     * @throws IllegalStateException naming the job, strategy and what was wrong
     */
    default long verify(String strategy, int tasks, JobResult answer) {
        String what = job() + "/" + strategy + " with " + tasks + " tasks";
        if (answer.checked() != tasks) {
            throw new IllegalStateException("bench-python: " + what + ": the worker checked "
                    + answer.checked() + " results");
        }
        OptionalLong expected = expected(tasks);
        if (expected.isPresent() ? answer.result() != expected.getAsLong() : answer.result() <= 0) {
            throw new IllegalStateException("bench-python: " + what + " returned " + answer.result()
                    + ", expected " + (expected.isPresent() ? expected.getAsLong() : "a positive sum"));
        }
        return answer.result();
    }

    @Override
    default void close() throws IOException {
    }
}
