package dev.cvp.support.declare;

import dev.cvp.bundle.declare.MetricKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A secondary result ({@code @AuxCounters} field) that carries part of the lesson. */
@Repeatable(Figures.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Figure {

    /** The secondary result's name in JMH's JSON (the counter field's name). */
    String metric();

    MetricKind kind();

    /** How the report names it, e.g. "resident memory per worker". */
    String label();

    /** Another secondary result to divide it by (e.g. "workers"), or "" to take the figure as it is. */
    String per() default "";

    /**
     * The figure's unit where JMH's is a bare count ({@code "#"}, as for every {@code @AuxCounters}
     * field), e.g. {@code "us/op"} for a latency the benchmark records itself; "" to keep JMH's.
     */
    String unit() default "";
}
