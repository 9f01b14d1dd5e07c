package dev.cvp.support.testing;

import java.util.Set;

/**
 * One benchmark method as JMH lists it, and the strategies it runs: the values of its
 * {@code strategy} {@code @Param}, or (docs/design.md: a benchmark without one) its own method name.
 *
 * @param benchmarkClass the class JMH runs it on (a subclass may inherit the method)
 * @param method         the method's name
 * @param strategies     the declared {@code strategy} values, or the method name
 * @param fromParam      whether {@code strategies} come from a {@code strategy} {@code @Param}
 */
public record BenchmarkStrategies(Class<?> benchmarkClass, String method, Set<String> strategies, boolean fromParam) {

    /** {@code SimpleClass.method}, as in messages. */
    public String label() {
        return benchmarkClass.getSimpleName() + "." + method;
    }

    /** The fully qualified name JMH matches its include patterns against. */
    public String jmhName() {
        return benchmarkClass.getName() + "." + method;
    }
}
