/** Turns workloads into sentences and classes: findings, the concurrency-vs-parallelism matrix. */
package dev.cvp.report.analysis;
