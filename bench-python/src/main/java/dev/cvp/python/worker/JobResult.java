package dev.cvp.python.worker;

/**
 * What one operation's job answered.
 *
 * @param result  the sum of the tasks' results (Fibonacci values, sleeps, body bytes, bytes written)
 * @param checked how many task results the worker checked before summing them
 */
public record JobResult(long result, int checked) {
}
