/**
 * Running the tasks of one operation: the task abstraction, the strategies every bench module
 * shares (sequential, thread-per-task, platform-pool, virtual), their one failure behaviour, and
 * the registry through which a benchmark's {@code strategy} parameter finds its code.
 */
package dev.cvp.support.task;
