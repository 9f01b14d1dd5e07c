/**
 * Test support every bench module shares (bench-support's test jar): JMH runs over the smoke
 * profile, the tie between {@code strategy} parameters and registries, the check of the
 * benchmarks' declarations against what JMH runs, and process checks.
 */
package dev.cvp.support.testing;
