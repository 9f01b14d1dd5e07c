/**
 * Statistics from JMH's raw data: 95% intervals for a mean and for a ratio of two means from a
 * seeded hierarchical bootstrap over forks (or rounds), then iterations (Kalibera and Jones,
 * "Rigorous benchmarking in reasonable time", ISMM 2013); how to read an interval (no
 * difference, narrow enough, the run's measurement floor); whether a fork's iterations settled;
 * and whether the run's controls held.
 *
 * <p>Inputs are plain arrays, one {@code double[]} of iteration values per fork, so this package
 * depends on nothing but commons-math3.
 */
package dev.cvp.report.stats;
