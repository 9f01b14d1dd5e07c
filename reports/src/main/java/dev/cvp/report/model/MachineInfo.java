package dev.cvp.report.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * machine.json as display text: every top-level field in file order, values rendered as text
 * (arrays joined with ", ", objects as compact JSON, null as "null").
 */
public record MachineInfo(Map<String, String> fields) {

    public MachineInfo {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static MachineInfo empty() {
        return new MachineInfo(Map.of());
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** The field's text, or the fallback when absent. */
    public String getOr(String field, String fallback) {
        String v = fields.get(field);
        return v == null ? fallback : v;
    }

    public String label() {
        return getOr("label", "unlabelled");
    }
}
