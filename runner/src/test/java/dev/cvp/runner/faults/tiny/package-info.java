/**
 * A real JMH benchmark for the fault-injection tests, compiled by JMH's annotation processor in
 * this module's test build and packed with JMH and bench-support's profiler into a benchmarks jar
 * at test time ({@code dev.cvp.runner.faults.TestJars#tinyJmhJar()}).
 */
package dev.cvp.runner.faults.tiny;
