/** Strategies that run bench-cpu kernels in worker processes: a long-lived pool, or a JVM per task. */
package dev.cvp.process.strategy;
