package dev.cvp.bundle.declare;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark means (DESIGN.md, "lesson"), declared in code beside it and copied by the
 * runner into the bundle's benchmarks.json. The report reads meaning only from here.
 *
 * @param module         the Maven module, e.g. bench-cpu
 * @param benchmark      JMH's benchmark name, {@code <class>.<method>}
 * @param title          a short name for people, e.g. "Fibonacci"
 * @param lesson         the lesson it serves
 * @param summary        one or two sentences on what one operation does, sizes included
 * @param metric         what the score measures
 * @param runtime        what executes the work, e.g. "Java" or "CPython"
 * @param family         benchmarks of one family do the same work in different runtimes (e.g. "fib"),
 *                       so the report can put them side by side; "" when none
 * @param examples       the at-a-glance rows it is the canonical example of
 * @param exampleParams  which parameter values the example uses (e.g. tasks=10000); empty: any
 * @param strategies     the role of each strategy: the {@code strategy} parameter's values, or the
 *                       method name where the benchmark has no such parameter
 * @param params         what each parameter stands for
 * @param perTaskBaseline true when the {@code sequential} baseline runs ONE task per operation, so
 *                       the report multiplies it by the {@link ParamMeaning#TASKS} parameter
 * @param figures        secondary results that carry part of the lesson
 */
public record Declaration(String module, String benchmark, String title, Lesson lesson, String summary,
                          MetricKind metric, String runtime, String family, List<Example> examples,
                          Map<String, String> exampleParams, Map<String, StrategyRole> strategies,
                          Map<String, ParamMeaning> params, boolean perTaskBaseline, List<Figure> figures) {

    public Declaration {
        examples = examples == null ? List.of() : List.copyOf(examples);
        exampleParams = ordered(exampleParams);
        strategies = ordered(strategies);
        params = ordered(params);
        figures = figures == null ? List.of() : List.copyOf(figures);
        family = family == null ? "" : family;
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** The parameter that has this meaning, if one is declared. */
    public java.util.Optional<String> param(ParamMeaning meaning) {
        return params.entrySet().stream().filter(e -> e.getValue() == meaning).map(Map.Entry::getKey)
                .sorted().findFirst();
    }
}
