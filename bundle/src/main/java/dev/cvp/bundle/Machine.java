package dev.cvp.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * machine.json: who, what and where, written once before the first cell and never rewritten.
 * Facts that cannot be read on this machine are null. Field order is file order.
 *
 * @param availableCpus   the CPUs the runner may use (its affinity), e.g. {@code 0-7}
 * @param cgroupCpuQuota  the tightest cgroup CPU quota as text, e.g. "1.50 CPUs (cgroup v2 ...)"
 * @param pinningEnforced false where taskset is missing (then only -XX:ActiveProcessorCount pins)
 * @param cellCpus        core count -> the CPU list its cells are pinned to
 * @param interpreters    (v2) the Python interpreters bench-python uses, probed before the run
 */
public record Machine(
        int formatVersion, String runId, String label, String startedAt, String profile, List<String> modules,
        List<Integer> cores, Integer tasks, String hostName, String cpuModel, Integer logicalCpus,
        Integer physicalCores, Integer threadsPerCore, String availableCpus, String cgroupCpuQuota,
        String cpuGovernor, Long memoryTotalMiB, String jvmVendor, String jvmName, String jvmVersion,
        String javaHome, String osName, String osVersion, String arch, String osDescription, String gitCommit,
        Boolean gitDirty, Boolean pinningEnforced, String pinning, Map<String, String> cellCpus,
        String jmhVersion, List<Interpreter> interpreters) {

    /** The fields that must be the same for {@code --resume} to continue a run. */
    public static final List<String> IDENTITY = List.of("hostName", "cpuModel", "logicalCpus", "physicalCores",
            "availableCpus", "arch", "osName", "osVersion", "jvmVendor", "jvmVersion", "gitCommit");

    public Machine {
        modules = modules == null ? List.of() : List.copyOf(modules);
        cores = cores == null ? List.of() : List.copyOf(cores);
        cellCpus = cellCpus == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(cellCpus));
        interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
    }

    /** "field: was A, now B" for every identity field that differs from {@code now}. */
    public List<String> identityDifferences(Machine now) {
        Map<String, Object> a = identity();
        Map<String, Object> b = now.identity();
        List<String> out = new ArrayList<>();
        for (String key : IDENTITY) {
            if (!Objects.equals(a.get(key), b.get(key))) {
                out.add(key + ": was " + a.get(key) + ", now " + b.get(key));
            }
        }
        return out;
    }

    private Map<String, Object> identity() {
        Map<String, Object> m = asMap();
        m.keySet().retainAll(IDENTITY);
        return m;
    }

    /** Every field by its JSON name, in file order. */
    private Map<String, Object> asMap() {
        return BundleJson.MAPPER.convertValue(this,
                BundleJson.MAPPER.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    /** Every field as display text in file order (lists joined with ", ", null as "null"). */
    public Map<String, String> displayFields() {
        Map<String, Object> raw = asMap();
        Map<String, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, display(v)));
        return out;
    }

    private static String display(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(x -> x instanceof Map<?, ?> ? json(x) : String.valueOf(x)).toList());
        }
        return v instanceof Map<?, ?> ? json(v) : String.valueOf(v);
    }

    private static String json(Object v) {
        try {
            return BundleJson.MAPPER.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(v);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return String.valueOf(v);
        }
    }
}
