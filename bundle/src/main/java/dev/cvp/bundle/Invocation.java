package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One JMH invocation, in execution order (run.json's {@code invocations}, v2): which cell, which
 * round and attempt, when it ran and how it ended. The order lets a reader see that the sides
 * of a ratio were measured close in time.
 *
 * @param sequence 1, 2, 3... in the order the invocations started
 * @param load     what else the machine did meanwhile; null where it could not be sampled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Invocation(int sequence, String module, int cores, int round, int attempt, String startedAt,
                         String finishedAt, Double seconds, CellState state, Integer exitCode, Integer results,
                         String json, String log, Load load) {
}
