/** The numbers derived from measurements: gain, speedup, efficiency, fits and tests. */
package dev.cvp.report.metrics;
