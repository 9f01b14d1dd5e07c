/**
 * The numbers derived from measurements: gain, speedup and efficiency with their own 95%
 * intervals (resampled from the raw data, never propagated), per-cell intervals and trends,
 * extrapolations and the scaling-model fits.
 */
package dev.cvp.report.metrics;
