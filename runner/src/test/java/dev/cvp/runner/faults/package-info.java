/**
 * The fault-injection suite: each test starts the real runner as a child process
 * ({@code java -cp <test class path> dev.cvp.runner.BenchCommand ...}) in a {@link
 * dev.cvp.runner.faults.Sandbox} of its own (results, run registry, checkout, the test hooks of
 * scripts/README.md), against {@link dev.cvp.runner.faults.FakeBench} (a stand-in benchmarks jar
 * that crashes, dies, hangs, fails, writes a truncated result or fills the disk on demand) or a
 * real tiny JMH jar, and checks the bundle it leaves through dev.cvp.bundle: states, files and
 * counters, never how long something took.
 */
package dev.cvp.runner.faults;
