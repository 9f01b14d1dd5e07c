package dev.cvp.report.load;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapper the loader uses, and typed field access that says what was wrong. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For whole documents (machine.json, run.json): content after the value is an error. */
    static final ObjectReader DOCUMENT = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /** A field is missing or has the wrong type; message names field and value. */
    static final class FieldException extends Exception {
        private static final long serialVersionUID = 1L;

        FieldException(String field, String expected, JsonNode value) {
            super("field " + field + ": expected " + expected + ", got " + shown(value));
        }

        FieldException(String message) {
            super(message);
        }
    }

    /** A value as the message shows it: JSON text, shortened. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing (field absent)";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    static String text(JsonNode parent, String field, String path) throws FieldException {
        JsonNode v = parent.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new FieldException(path, "a non-empty string", v);
        }
        return v.asText();
    }

    /** A number; JMH writes NaN as the string "NaN", which is accepted here. */
    static double number(JsonNode v, String path) throws FieldException {
        if (v != null && v.isNumber()) {
            return v.asDouble();
        }
        if (v != null && v.isTextual()) {
            String t = v.asText().trim();
            if (t.equals("NaN")) {
                return Double.NaN;
            }
            if (t.equals("Infinity") || t.equals("-Infinity")) {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        throw new FieldException(path, "a number", v);
    }

    static JsonNode object(JsonNode parent, String field, String path) throws FieldException {
        JsonNode v = parent.get(field);
        if (v == null || !v.isObject()) {
            throw new FieldException(path, "an object", v);
        }
        return v;
    }

    /** A scalar as text (strings as-is, numbers and booleans printed), for params. */
    static String scalar(JsonNode v, String path) throws FieldException {
        if (v != null && v.isValueNode() && !v.isNull()) {
            return v.asText();
        }
        throw new FieldException(path, "a string", v);
    }
}
