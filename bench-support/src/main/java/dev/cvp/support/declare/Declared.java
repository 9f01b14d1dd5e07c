package dev.cvp.support.declare;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a benchmark class means: the lesson it serves, what one operation does and what its score
 * measures. The runner copies it, with the class's {@link Role}s, {@link ParamRole}s and
 * {@link Figure}s, into the bundle's benchmarks.json ({@link DeclarationsMain}); the report reads
 * meaning only from there. Every {@code @Benchmark} method of the class shares it.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Declared {

    /** A short name for people, e.g. "Fibonacci". */
    String title();

    Lesson lesson();

    /** One or two sentences on what one operation does, sizes included. */
    String summary();

    MetricKind metric();

    /** What executes the work. */
    String runtime() default "Java";

    /** Benchmarks of one family do the same work in different runtimes, e.g. "fib"; "" for none. */
    String family() default "";

    /** The at-a-glance rows this benchmark is the canonical example of. */
    Example[] examples() default {};

    /** The parameter values the example uses, as name=value, e.g. "tasks=10000". */
    String[] exampleParams() default {};

    /** True when the sequential baseline runs ONE task per operation (the report multiplies it by the tasks). */
    boolean perTaskBaseline() default false;
}
