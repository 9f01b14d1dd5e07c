package dev.cvp.support.declare;

import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.bundle.FormatVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/** Reads the {@link Declared} annotations of benchmark classes into bundle {@link Declaration}s. */
public final class Declarer {

    private Declarer() {
    }

    /** One declaration per JMH benchmark name in the list whose class is {@link Declared}; the others are left out. */
    public static Declarations declare(String module, Iterable<BenchmarkListEntry> entries, ClassLoader loader)
            throws ClassNotFoundException {
        Map<String, Declaration> byName = new TreeMap<>();
        for (BenchmarkListEntry e : entries) {
            Class<?> type = Class.forName(e.getUserClassQName(), false, loader);
            declare(module, e.getUsername(), type).ifPresent(d -> byName.putIfAbsent(d.benchmark(), d));
        }
        return new Declarations(FormatVersion.CURRENT, new ArrayList<>(byName.values()));
    }

    /** The declaration of benchmark {@code name} (class.method) of {@code type}, if the class is {@link Declared}. */
    public static Optional<Declaration> declare(String module, String name, Class<?> type) {
        Declared d = type.getAnnotation(Declared.class);
        if (d == null) {
            return Optional.empty();
        }
        Map<String, StrategyRole> roles = new LinkedHashMap<>();
        for (Role r : nearest(type, Role.class)) {
            roles.put(r.strategy(), new StrategyRole(r.does(), r.runsOn(), r.note()));
        }
        Map<String, ParamMeaning> params = new LinkedHashMap<>();
        for (ParamRole p : nearest(type, ParamRole.class)) {
            params.put(p.name(), p.means());
        }
        List<dev.cvp.bundle.declare.Figure> figures = new ArrayList<>();
        for (Figure f : nearest(type, Figure.class)) {
            figures.add(new dev.cvp.bundle.declare.Figure(f.metric(), f.kind(), f.label(), f.per(), f.unit()));
        }
        return Optional.of(new Declaration(module, name, d.title(), d.lesson(), d.summary(), d.metric(), d.runtime(),
                d.family(), Arrays.asList(d.examples()), exampleParams(type, d.exampleParams()), roles, params,
                d.perTaskBaseline(), figures));
    }

    /**
     * The repeatable annotations of the nearest class, from {@code type} up, that declares any: a
     * subclass's own list replaces its base class's, as an inherited annotation would.
     */
    static <A extends java.lang.annotation.Annotation> A[] nearest(Class<?> type, Class<A> annotation) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            A[] found = c.getDeclaredAnnotationsByType(annotation);
            if (found.length > 0) {
                return found;
            }
        }
        return type.getDeclaredAnnotationsByType(annotation);
    }

    private static Map<String, String> exampleParams(Class<?> type, String[] pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(type.getName() + ": exampleParams entry '" + pair
                        + "' is not name=value");
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }
}
