package dev.cvp.process;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark of this module inherits (JMH's class annotations are
 * {@code @Inherited}). They serve a run of the jar by hand; the profiles in {@code scripts/profiles/}
 * override them on the command line. Each benchmark class adds only its mode and time unit.
 */
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class JmhDefaults {
}
