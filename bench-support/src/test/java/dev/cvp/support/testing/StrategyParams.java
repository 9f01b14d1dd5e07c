package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.cvp.support.task.Registry;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Reads, by reflection, the {@code strategy} {@code @Param} values of the benchmarks this module's
 * JMH annotation processor listed (META-INF/BenchmarkList), and ties them to a {@link Registry}.
 */
public final class StrategyParams {

    /** The parameter every module names its strategies by (docs/design.md, vocabulary). */
    public static final String STRATEGY = "strategy";

    private StrategyParams() {
    }

    /**
     * Every benchmark method listed under {@code packageName} (and its sub-packages), in JMH's
     * order. The package keeps a module to itself: JMH reads every META-INF/BenchmarkList on the
     * class path, and bench-process's holds bench-cpu's too.
     */
    public static List<BenchmarkStrategies> listed(String packageName) {
        Map<String, BenchmarkStrategies> byName = new LinkedHashMap<>();
        for (BenchmarkListEntry entry : entries(packageName)) {
            byName.computeIfAbsent(entry.getUsername(), name -> read(entry));
        }
        return List.copyOf(byName.values());
    }

    /**
     * JMH's benchmark list entries (META-INF/BenchmarkList, as {@code DeclarationsMain} reads it)
     * whose class is under {@code packageName}; one per benchmark method and mode.
     */
    public static List<BenchmarkListEntry> entries(String packageName) {
        PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
        return BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(quiet, VerboseMode.SILENT), List.of()).stream()
                .filter(entry -> entry.getUserClassQName().startsWith(packageName + "."))
                .toList();
    }

    /** The {@code @Benchmark} method {@code name} of {@code type} (declared there or inherited). */
    public static Method benchmarkMethod(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.isAnnotationPresent(Benchmark.class))
                .findFirst()
                .orElseThrow(() -> new AssertionError("JMH lists " + type.getName() + "." + name
                        + " but it has no such @Benchmark"));
    }

    private static BenchmarkStrategies read(BenchmarkListEntry entry) {
        Class<?> type = load(entry.getUserClassQName());
        String methodName = entry.getUsername().substring(entry.getUsername().lastIndexOf('.') + 1);
        Method method = benchmarkMethod(type, methodName);
        Set<String> values = new LinkedHashSet<>();
        List<Class<?>> holders = new ArrayList<>(List.of(type));
        holders.addAll(List.of(method.getParameterTypes()));
        for (Class<?> holder : holders) {
            for (Class<?> c = holder; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Param param = field.getAnnotation(Param.class);
                    if (param != null && field.getName().equals(STRATEGY)) {
                        values.addAll(List.of(param.value()));
                    }
                }
            }
        }
        boolean fromParam = !values.isEmpty();
        return new BenchmarkStrategies(type, methodName, fromParam ? Set.copyOf(values) : Set.of(methodName), fromParam);
    }

    /** The class JMH lists, loaded (an {@link AssertionError} if it is not on the class path). */
    public static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("JMH lists " + name + " but it is not on the class path", e);
        }
    }

    /**
     * Fails unless {@code registry} and the benchmarks that use it agree, both ways: every value of
     * their {@code strategy} parameters is a name the registry accepts, and every name the registry
     * lists is run by one of them (as a {@code strategy} value, or as the name of a benchmark
     * method without one).
     *
     * @param usesIt picks the benchmark classes whose strategies come from {@code registry}
     *               (a base class of this module's)
     */
    public static void assertTied(Registry<?> registry, Class<?> usesIt) {
        List<BenchmarkStrategies> benchmarks = listed(usesIt.getPackageName()).stream()
                .filter(b -> usesIt.isAssignableFrom(b.benchmarkClass())).toList();
        assertFalse(benchmarks.isEmpty(), "no benchmark of this module uses the " + registry.kind() + " registry");
        List<String> unknown = new ArrayList<>();
        Set<String> run = new TreeSet<>();
        for (BenchmarkStrategies b : benchmarks) {
            run.addAll(b.strategies());
            if (b.fromParam()) {
                b.strategies().stream().filter(s -> !registry.accepts(s)).sorted()
                        .forEach(s -> unknown.add(b.label() + ": strategy '" + s + "'"));
            }
        }
        assertEquals(List.of(), unknown, "@Param values the " + registry.kind() + " registry does not know");
        List<String> unused = registry.names().stream().filter(name -> !run.contains(name)).toList();
        assertEquals(List.of(), unused, registry.kind() + " names that no benchmark runs (strategies run: " + run + ")");
    }
}
