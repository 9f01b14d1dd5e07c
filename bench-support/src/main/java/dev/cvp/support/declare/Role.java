package dev.cvp.support.declare;

import dev.cvp.bundle.declare.Worker;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The part one strategy plays: a value of the {@code strategy} parameter, or a {@code @Benchmark}
 * method's name where the benchmark has no such parameter. Declare one per strategy.
 */
@Repeatable(Roles.class)
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Role {

    String strategy();

    dev.cvp.bundle.declare.Role does();

    Worker runsOn();

    /** How it is built, in a short phrase, e.g. "8 threads that take one global lock per slice". */
    String note() default "";
}
