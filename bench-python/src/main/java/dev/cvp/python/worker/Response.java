package dev.cvp.python.worker;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.cvp.io.workload.StageTimes;
import java.util.List;

/**
 * One line from the worker: {@code {"id":3,"ok":true,"result":4521000,"checked":1000}}.
 *
 * @param id      the request's id
 * @param ok      false when the request failed; {@code error} then says why, in one line
 * @param error   e.g. {@code ConnectionRefusedError: [Errno 111] Connection refused}
 * @param result  run: the sum of the tasks' results, each checked by the worker
 * @param checked run: how many task results the worker checked
 * @param stages  run, pipeline only: the task time of each stage, summed over the tasks
 * @param pids    prepare: the process ids of the pool it started (multiprocessing)
 * @param info    info: the interpreter
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Response(Long id, boolean ok, String error, Long result, Integer checked, Stages stages, List<Long> pids,
                Interpreter info) {

    /** {@code {"fetchNs": 123, "formatNs": 45, "writeNs": 67}}, in nanoseconds. */
    record Stages(long fetchNs, long formatNs, long writeNs) {

        StageTimes times() {
            return new StageTimes(fetchNs, formatNs, writeNs);
        }
    }
}
