package dev.cvp.bundle.jmh;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed access to a JMH result's fields that says what was wrong. */
final class Fields {

    private Fields() {
    }

    static String text(JsonNode parent, String field, String path) throws BadField {
        JsonNode v = parent.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadField(path, "a non-empty string", v);
        }
        return v.asText();
    }

    /** A number; JMH writes NaN as the string "NaN", which is accepted. */
    static double number(JsonNode v, String path) throws BadField {
        if (v != null && v.isNumber()) {
            return v.asDouble();
        }
        if (v != null && v.isTextual()) {
            switch (v.asText().trim()) {
                case "NaN":
                    return Double.NaN;
                case "Infinity":
                    return Double.POSITIVE_INFINITY;
                case "-Infinity":
                    return Double.NEGATIVE_INFINITY;
                default:
                    break;
            }
        }
        throw new BadField(path, "a number", v);
    }

    static JsonNode object(JsonNode parent, String field, String path) throws BadField {
        JsonNode v = parent.get(field);
        if (v == null || !v.isObject()) {
            throw new BadField(path, "an object", v);
        }
        return v;
    }

    static void requireArray(JsonNode node, String path) throws BadField {
        if (node == null || !node.isArray()) {
            throw new BadField(path, "a list", node);
        }
    }

    /** A scalar as text (strings as they are, numbers and booleans printed). */
    static String scalar(JsonNode v, String path) throws BadField {
        if (v != null && v.isValueNode() && !v.isNull()) {
            return v.asText();
        }
        throw new BadField(path, "a string", v);
    }
}
