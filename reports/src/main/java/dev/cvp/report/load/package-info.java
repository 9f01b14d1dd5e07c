/**
 * Turns a result bundle, read and validated by the {@code bundle} module, into the report's model:
 * JMH results to measurements, measurements to workloads, and one named problem per missing or
 * unreadable part.
 */
package dev.cvp.report.load;
