package dev.cvp.report.model;

import dev.cvp.bundle.Machine;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * machine.json as display text: the fields it records, in file order, values rendered as text
 * (lists joined with ", ", maps as compact JSON). Fields without a value (null, an empty list,
 * an absent format version) are left out.
 */
public record MachineInfo(Map<String, String> fields) {

    public MachineInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static MachineInfo empty() {
        return new MachineInfo(Map.of());
    }

    public static MachineInfo of(Machine machine) {
        Map<String, String> fields = new LinkedHashMap<>(machine.displayFields());
        fields.values().removeIf(v -> v.equals("null") || v.isEmpty());
        if (machine.formatVersion() == 0) {
            fields.remove("formatVersion");
        }
        return new MachineInfo(fields);
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** The field's text, or the fallback when absent. */
    public String getOr(String field, String fallback) {
        String v = fields.get(field);
        return v == null ? fallback : v;
    }
}
