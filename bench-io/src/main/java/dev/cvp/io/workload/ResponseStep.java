package dev.cvp.io.workload;

import dev.cvp.io.http.ParsedResponse;

/** What a task does with its checked response, on the event loop; returns the task's result. */
@FunctionalInterface
interface ResponseStep {
    long apply(ParsedResponse response) throws Exception;
}
