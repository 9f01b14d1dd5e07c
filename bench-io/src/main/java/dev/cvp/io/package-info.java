/** JMH benchmarks of I/O-bound work: waiting gets faster with concurrency, even on one core, and more cores barely help it. */
package dev.cvp.io;
