/**
 * What a run will do, decided before anything is written: the core counts, the profiles
 * ({@code scripts/profiles/*.jmh}) and the JMH options of each module's cells, checked with
 * JMH's own option parser.
 */
package dev.cvp.runner.plan;
