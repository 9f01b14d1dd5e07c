package dev.cvp.python.worker;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One line to the worker: {@code {"id":3,"op":"run","job":"http","strategy":"asyncio","tasks":1000,
 * "args":{...}}}. Fields an operation does not use are left out.
 *
 * @param id       echoed in the answer, so an answer can never be taken for another request's
 * @param op       {@code info}, {@code prepare}, {@code run} or {@code close}
 * @param job      run: {@code fib}, {@code sleep}, {@code http} or {@code pipeline}; prepare, optional:
 *                 fail now unless this job runs with the strategy
 * @param strategy prepare, run: {@code sequential}, {@code threading}, {@code multiprocessing}, {@code asyncio}
 * @param tasks    run: tasks 0 .. tasks-1 make one operation
 * @param workers  prepare: threads or processes the strategy's pool starts now
 * @param args     run: the job's own arguments ({@code n}, {@code latencyMs}, {@code host}...)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Request(long id, String op, String job, String strategy, Integer tasks, Integer workers,
               Map<String, Object> args) {

    static Request info(long id) {
        return new Request(id, "info", null, null, null, null, null);
    }

    static Request prepare(long id, String strategy, int workers, String job) {
        return new Request(id, "prepare", job, strategy, null, workers, null);
    }

    static Request run(long id, String job, String strategy, int tasks, Map<String, Object> args) {
        return new Request(id, "run", job, strategy, tasks, null, args);
    }

    static Request close(long id) {
        return new Request(id, "close", null, null, null, null, null);
    }

    /** For messages: {@code run http/asyncio x1000}. */
    String describe() {
        return op.equals("run") ? "run " + job + "/" + strategy + " x" + tasks
                : op.equals("prepare") ? "prepare " + strategy : op;
    }
}
