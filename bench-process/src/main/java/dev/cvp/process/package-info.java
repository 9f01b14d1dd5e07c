/** JMH benchmarks of processes against threads and virtual threads: start cost, memory, isolation, round-trips, and CPU work split across worker JVMs. */
package dev.cvp.process;
