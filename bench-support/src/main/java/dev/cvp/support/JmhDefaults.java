package dev.cvp.support;

import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings every benchmark of every module inherits (JMH looks up class annotations
 * through superclasses), kept in this one place as Netty's microbench keeps them in its
 * abstract benchmark. They serve a run of a jar by hand; {@code scripts/bench.sh} overrides them
 * on the command line from {@code scripts/profiles/}. A benchmark class adds only what is its
 * own: its mode and time unit, and a {@code @Fork} where its forks need JVM flags.
 */
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class JmhDefaults {
}
