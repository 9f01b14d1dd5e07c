/**
 * One cell: a module's benchmarks jar run once at one core count, pinned (taskset plus
 * {@code -XX:ActiveProcessorCount}), in its own process group so that a time limit, Ctrl-C or a
 * later resume can stop it with every JVM and worker it started; then judged honestly from its
 * exit code, its console output and its result file.
 */
package dev.cvp.runner.cell;
