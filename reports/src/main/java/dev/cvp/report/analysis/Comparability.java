package dev.cvp.report.analysis;

import dev.cvp.report.model.Bundle;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What differs between machines beyond the hardware, so a reader knows what a ratio can mean. */
public final class Comparability {

    /** machine.json fields that change what a score means when they differ. */
    static final List<String> FIELDS = List.of("jvmVendor", "jvmVersion", "jmhVersion", "profile", "cores", "modules");

    private Comparability() {
    }

    /** One unescaped sentence per difference. */
    public static List<String> warnings(List<Bundle> bundles, List<String> names) {
        List<String> out = new ArrayList<>();
        for (String f : FIELDS) {
            Set<String> values = bundles.stream().map(b -> b.machine().getOr(f, "unknown")).collect(Collectors.toCollection(LinkedHashSet::new));
            if (values.size() > 1) {
                out.add(f + " differs (" + each(bundles, names, b -> b.machine().getOr(f, "unknown"))
                        + "): scores may differ for that reason alone");
            }
        }
        Set<String> jvms = new LinkedHashSet<>();
        Set<String> jmhs = new LinkedHashSet<>();
        for (Bundle b : bundles) {
            jvms.add(b.measurements().stream().map(Measurement::jvm).distinct().sorted().collect(Collectors.joining("/")));
            jmhs.add(b.measurements().stream().map(Measurement::jmhVersion).distinct().sorted().collect(Collectors.joining("/")));
        }
        if (jvms.size() > 1) {
            out.add("the JVMs recorded in the JMH results differ ("
                    + each(bundles, names, b -> b.measurements().stream().map(Measurement::jvm).distinct()
                    .sorted().collect(Collectors.joining("/"))) + ")");
        }
        if (jmhs.size() > 1) {
            out.add("the JMH versions recorded in the results differ (" + each(bundles, names,
                    b -> b.measurements().stream().map(Measurement::jmhVersion).distinct().sorted()
                            .collect(Collectors.joining("/"))) + ")");
        }
        List<Set<WorkloadKey>> sets = bundles.stream()
                .map(b -> b.workloads().stream().map(Workload::key).collect(Collectors.toSet())).toList();
        if (sets.stream().distinct().count() > 1) {
            out.add("the benchmark sets differ (" + each(bundles, names, b -> b.workloads().size() + " workloads")
                    + "); workloads on only some machines are listed below and not compared");
        }
        return out;
    }

    private interface Value {
        String of(Bundle b);
    }

    private static String each(List<Bundle> bundles, List<String> names, Value v) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < bundles.size(); i++) {
            parts.add(names.get(i) + ": " + v.of(bundles.get(i)));
        }
        return String.join(", ", parts);
    }
}
