package dev.cvp.report.analysis;

import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What differs between machines beyond the hardware, so a reader knows what a ratio can mean:
 * the JVM and JMH (as machine.json and the JMH results record them), the profile, the JMH
 * options given after {@code --}, the pinning, disturbance while cells ran, a machine whose speed
 * was unsteady, the modules, the core counts measured and the
 * benchmark sets. One unescaped sentence per difference.
 */
public final class Comparability {

    /** machine.json fields that change what a score means when they differ. */
    static final List<String> FIELDS = List.of("jvmVendor", "jvmVersion", "jmhVersion", "profile", "modules");

    private static final String UNKNOWN = "unknown";

    private Comparability() {
    }

    /** The warnings, without the JMH options (not known). */
    public static List<String> warnings(List<Bundle> bundles, List<String> names) {
        return warnings(bundles, names, null);
    }

    /**
     * @param extraJmhArgs per bundle, the JMH options its run was given after {@code --}; null
     *                     when not known
     */
    public static List<String> warnings(List<Bundle> bundles, List<String> names, List<List<String>> extraJmhArgs) {
        List<String> out = new ArrayList<>();
        for (String f : FIELDS) {
            differs(bundles, names, b -> b.machine().getOr(f, UNKNOWN)).ifPresent(each -> out.add(f + " differs ("
                    + each + "): scores may differ for that reason alone"));
        }
        if (extraJmhArgs != null) {
            List<String> shared = new ArrayList<>(extraJmhArgs.get(0));
            extraJmhArgs.forEach(shared::retainAll);
            differsAt(names, i -> {
                List<String> own = new ArrayList<>(extraJmhArgs.get(i));
                own.removeAll(shared);
                return own.isEmpty() ? (shared.isEmpty() ? "none" : "only the shared ones") : String.join(" ", own);
            }).ifPresent(each -> out.add("the JMH options given after -- differ (" + each
                    + (shared.isEmpty() ? "" : "; shared by all: " + String.join(" ", shared))
                    + "): scores may differ for that reason alone"));
        }
        pinning(bundles, names, out);
        disturbed(bundles, names, out);
        unsteady(bundles, names, out);
        differs(bundles, names, b -> b.coreCounts().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .ifPresent(each -> out.add("the core counts measured differ (" + each + "): absolute figures are"
                        + " compared only where machines share a core count; scaling is normalised to each"
                        + " machine's own single core and shown at shared counts and at each machine's full count"));
        differs(bundles, names, b -> recorded(b, Measurement::jvm)).ifPresent(each -> out.add(
                "the JVMs recorded in the JMH results differ (" + each + ")"));
        differs(bundles, names, b -> recorded(b, Measurement::jmhVersion)).ifPresent(each -> out.add(
                "the JMH versions recorded in the results differ (" + each + ")"));
        List<Set<WorkloadKey>> sets = bundles.stream()
                .map(b -> b.workloads().stream().map(Workload::key).collect(Collectors.toSet())).toList();
        if (sets.stream().distinct().count() > 1) {
            out.add("the benchmark sets differ (" + each(bundles, names, b -> b.workloads().size() + " workloads")
                    + "); workloads on only some machines are listed below and not compared");
        }
        return out;
    }

    private static void pinning(List<Bundle> bundles, List<String> names, List<String> out) {
        List<String> unpinned = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            if ("false".equals(bundles.get(i).machine().get("pinningEnforced"))) {
                unpinned.add(names.get(i));
            }
        }
        if (!unpinned.isEmpty()) {
            out.add("pinning was not enforced on " + String.join(", ", unpinned) + ": a core count there is what the"
                    + " JVM was told, not the CPUs it ran on, so its speedups are not comparable");
        }
        differs(bundles, names, b -> b.machine().getOr("pinning", UNKNOWN)).ifPresent(each -> out.add(
                "the pinning differs (" + each + ")"));
    }

    /** Machines whose runner saw other processes on the pinned CPUs, or steal time, while cells ran. */
    private static void disturbed(List<Bundle> bundles, List<String> names, List<String> out) {
        for (int i = 0; i < bundles.size(); i++) {
            List<Disturbance.Hit> hits = Disturbance.of(bundles.get(i).invocations(), bundles.get(i).spellChecks()).hits();
            if (!hits.isEmpty()) {
                out.add("the run on " + names.get(i) + " was disturbed by other activity on its machine ("
                        + hits.stream().map(h -> h.module() + " at " + h.cores() + " core(s): others up to "
                        + Math.round(h.otherPercentMax()) + "% of its pinned CPUs, steal "
                        + Math.round(h.stealPercent()) + "%" + (h.slowCpu() ? ", a CPU " + Math.round(h.cpuSlowdown() * 100) / 100.0
                        + "x slow" : "")).collect(Collectors.joining("; "))
                        + "): its figures may be off and its intervals wide; see its report.md");
            }
        }
    }

    /** Machines whose speed probe's slow seconds were measurably slower than a quiet machine's ({@link Steadiness}). */
    private static void unsteady(List<Bundle> bundles, List<String> names, List<String> out) {
        for (int i = 0; i < bundles.size(); i++) {
            String name = names.get(i);
            Steadiness.of(bundles.get(i).invocations()).filter(Steadiness::unsteady).ifPresent(s -> out.add(
                    String.format(java.util.Locale.ROOT, "the machine's speed was unsteady through the run on %s (its"
                            + " slow seconds took %.2fx [%.2f-%.2f] the time of its fast ones, by the speed probe; a quiet"
                            + " machine stays within %.2fx): its intervals are wider, and a difference of a few percent"
                            + " may be its host's", name, s.spread().value(), s.spread().low(), s.spread().high(),
                            Steadiness.UNSTEADY)));
        }
    }

    private static String recorded(Bundle b, Function<Measurement, String> field) {
        return b.measurements().stream().map(field).distinct().sorted().collect(Collectors.joining("/"));
    }

    /** "a: x, b: y" when the values differ between bundles; empty when they are all alike. */
    private static Optional<String> differs(List<Bundle> bundles, List<String> names,
                                            Function<Bundle, String> value) {
        return differsAt(names, i -> value.apply(bundles.get(i)));
    }

    /** The same, with each machine's value by its index. */
    private static Optional<String> differsAt(List<String> names, IntFunction<String> value) {
        Set<String> values = IntStream.range(0, names.size()).mapToObj(value)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return values.size() > 1 ? Optional.of(each(names, value)) : Optional.empty();
    }

    private static String each(List<Bundle> bundles, List<String> names, Function<Bundle, String> v) {
        return each(names, i -> v.apply(bundles.get(i)));
    }

    private static String each(List<String> names, IntFunction<String> v) {
        return IntStream.range(0, names.size()).mapToObj(i -> names.get(i) + ": " + v.apply(i))
                .collect(Collectors.joining("; "));
    }
}
