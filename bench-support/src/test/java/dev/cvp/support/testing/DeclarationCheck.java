package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.support.declare.Declarer;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * Checks a module's benchmark declarations (bench-support's {@code dev.cvp.support.declare})
 * against what JMH will run: every benchmark of the module's META-INF/BenchmarkList is declared,
 * every strategy it runs has a role and no role names one it does not run, every parameter has a
 * meaning and every meaning names a parameter, every figure names a secondary result
 * ({@code @AuxCounters} field) of the benchmark, example parameters name parameters and default
 * values, and summaries are sentences.
 */
public final class DeclarationCheck {

    /** The secondary results JMH itself writes for a SampleTime benchmark: the percentiles of its samples. */
    static final List<String> SAMPLE_PERCENTILES = List.of("p0.00", "p0.50", "p0.90", "p0.95", "p0.99", "p0.999",
            "p0.9999", "p1.00");

    private DeclarationCheck() {
    }

    /** True when the method, or else the nearest class declaring a mode, measures in SampleTime mode. */
    private static boolean samples(Class<?> type, Method method) {
        org.openjdk.jmh.annotations.BenchmarkMode mode = method.getAnnotation(org.openjdk.jmh.annotations.BenchmarkMode.class);
        for (Class<?> c = type; mode == null && c != null; c = c.getSuperclass()) {
            mode = c.getAnnotation(org.openjdk.jmh.annotations.BenchmarkMode.class);
        }
        return mode != null && java.util.Arrays.asList(mode.value()).contains(org.openjdk.jmh.annotations.Mode.SampleTime);
    }

    /**
     * One benchmark method as JMH lists it.
     *
     * @param type   the class JMH runs it on
     * @param method the method's name
     * @param params every parameter JMH sees for it (the class's and its state arguments'), with
     *               the default values
     */
    public record Listed(Class<?> type, String method, Map<String, List<String>> params) {

        public Listed {
            params = Map.copyOf(params);
        }

        static Listed of(BenchmarkListEntry entry) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            if (entry.getParams().hasValue()) {
                entry.getParams().get().forEach((name, values) -> params.put(name, List.of(values)));
            }
            String name = entry.getUsername();
            return new Listed(StrategyParams.load(entry.getUserClassQName()), name.substring(name.lastIndexOf('.') + 1),
                    params);
        }

        /** JMH's name, {@code <class>.<method>}. */
        String benchmark() {
            return type.getName() + "." + method;
        }

        /** The strategies it runs: the {@code strategy} parameter's values, or the method's name. */
        List<String> strategies() {
            return params.getOrDefault(StrategyParams.STRATEGY, List.of(method));
        }
    }

    /** Fails, listing every problem, unless every benchmark JMH lists under {@code packageName} is declared well. */
    public static void assertDeclared(String module, String packageName) {
        List<BenchmarkListEntry> entries = StrategyParams.entries(packageName);
        assertFalse(entries.isEmpty(), "JMH lists no benchmark under " + packageName);
        Declarations declarations;
        try {
            declarations = Declarer.declare(module, entries, DeclarationCheck.class.getClassLoader());
        } catch (ClassNotFoundException | IllegalArgumentException e) {
            throw new AssertionError(module + ": the declarations cannot be read: " + e.getMessage(), e);
        }
        List<Listed> listed = entries.stream().map(Listed::of).toList();
        assertEquals(List.of(), problems(declarations, listed), module + ": declaration problems");
    }

    /** Everything wrong with the declarations of the {@code listed} benchmarks, each declared by {@link Declarer}. */
    public static List<String> problems(String module, List<Listed> listed) {
        List<Declaration> declared = new ArrayList<>();
        for (Listed l : listed) {
            Declarer.declare(module, l.benchmark(), l.type()).ifPresent(declared::add);
        }
        return problems(new Declarations(Declarations.NONE.formatVersion(), declared), listed);
    }

    /** Everything wrong with the declarations of the {@code listed} benchmarks, one line each. */
    public static List<String> problems(Declarations declarations, List<Listed> listed) {
        Map<Class<?>, List<Listed>> byClass = new LinkedHashMap<>();
        for (Listed l : listed) {
            byClass.computeIfAbsent(l.type(), type -> new ArrayList<>()).add(l);
        }
        List<String> problems = new ArrayList<>();
        byClass.forEach((type, methods) -> problems.addAll(classProblems(declarations, type, methods)));
        return problems;
    }

    private static List<String> classProblems(Declarations declarations, Class<?> type, List<Listed> methods) {
        List<String> problems = new ArrayList<>();
        String where = type.getSimpleName();
        Set<String> strategiesRun = new TreeSet<>();
        Map<String, Set<String>> params = new TreeMap<>();
        Set<String> counters = new TreeSet<>();
        Set<String> aux = new TreeSet<>();
        Declaration declaration = null;
        for (Listed l : methods) {
            Declaration d = declarations.of(l.benchmark()).orElse(null);
            if (d == null) {
                problems.add(where + "." + l.method() + ": not declared (no @Declared on its class)");
                continue;
            }
            declaration = d;
            strategiesRun.addAll(l.strategies());
            for (String s : l.strategies()) {
                if (!d.strategies().containsKey(s)) {
                    problems.add(where + "." + l.method() + ": strategy '" + s + "' has no @Role");
                }
            }
            l.params().forEach((name, values) -> params.computeIfAbsent(name, n -> new TreeSet<>()).addAll(values));
            aux.addAll(auxCounters(StrategyParams.benchmarkMethod(type, l.method())));
            counters.addAll(aux);
            if (samples(type, StrategyParams.benchmarkMethod(type, l.method()))) {
                counters.addAll(SAMPLE_PERCENTILES);
            }
        }
        if (declaration == null) {
            return problems;
        }
        problems.addAll(textProblems(where, declaration));
        for (String role : declaration.strategies().keySet()) {
            if (!strategiesRun.contains(role)) {
                problems.add(where + ": @Role names strategy '" + role + "', which none of its benchmarks runs "
                        + strategiesRun);
            }
        }
        for (String param : declaration.params().keySet()) {
            if (!params.containsKey(param)) {
                problems.add(where + ": @ParamRole names '" + param + "', which is not one of its @Params "
                        + params.keySet());
            }
        }
        for (String param : params.keySet()) {
            if (!param.equals(StrategyParams.STRATEGY) && !declaration.params().containsKey(param)) {
                problems.add(where + ": @Param '" + param + "' has no @ParamRole");
            }
        }
        declaration.exampleParams().forEach((name, value) -> {
            if (!params.getOrDefault(name, Set.of()).contains(value)) {
                problems.add(where + ": exampleParams " + name + "=" + value + " is not a default value of a @Param "
                        + params);
            }
        });
        if (declaration.perTaskBaseline() && (!strategiesRun.contains("sequential")
                || declaration.param(ParamMeaning.TASKS).isEmpty())) {
            problems.add(where + ": perTaskBaseline needs a 'sequential' strategy and a @ParamRole meaning tasks");
        }
        for (Figure figure : declaration.figures()) {
            if (!figure.per().isEmpty() && !counters.contains(figure.per())) {
                problems.add(where + ": @Figure '" + figure.metric() + "' is per '" + figure.per() + "', which is not a"
                        + " secondary result of its benchmarks (" + counters + ")");
            }
            if (!counters.contains(figure.metric())) {
                problems.add(where + ": @Figure names '" + figure.metric() + "', which is not a secondary result of"
                        + " its benchmarks (@AuxCounters " + counters + ")");
            }
            if (figure.label().isBlank()) {
                problems.add(where + ": @Figure '" + figure.metric() + "' has no label");
            }
            if (figure.kind() == MetricKind.LATENCY && aux.contains(figure.metric()) && figure.unit().isEmpty()) {
                problems.add(where + ": @Figure '" + figure.metric() + "' is a latency held in a counter, whose unit JMH"
                        + " writes as '#'; name its unit (unit = \"us/op\")");
            }
        }
        return problems;
    }

    private static List<String> textProblems(String where, Declaration d) {
        List<String> problems = new ArrayList<>();
        if (d.title().isBlank()) {
            problems.add(where + ": @Declared has an empty title");
        }
        if (d.summary().isBlank() || !d.summary().strip().endsWith(".")) {
            problems.add(where + ": the summary must be one or two sentences ending with a period: '" + d.summary() + "'");
        }
        return problems;
    }

    /**
     * The secondary results of {@code benchmark}: the counters of its {@code @AuxCounters} state
     * arguments, which JMH reads from the public fields and methods the class declares itself (not
     * inherited ones).
     */
    static Set<String> auxCounters(Method benchmark) {
        Set<String> names = new TreeSet<>();
        for (Class<?> state : benchmark.getParameterTypes()) {
            if (!state.isAnnotationPresent(AuxCounters.class)) {
                continue;
            }
            for (Field field : state.getDeclaredFields()) {
                if (Modifier.isPublic(field.getModifiers()) && !Modifier.isStatic(field.getModifiers())
                        && isNumber(field.getType())) {
                    names.add(field.getName());
                }
            }
            Arrays.stream(state.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0
                            && !Modifier.isStatic(m.getModifiers()) && isNumber(m.getReturnType()))
                    .forEach(m -> names.add(m.getName()));
        }
        return names;
    }

    private static boolean isNumber(Class<?> type) {
        return type == int.class || type == long.class || type == double.class || type == float.class
                || type == short.class || type == byte.class;
    }
}
