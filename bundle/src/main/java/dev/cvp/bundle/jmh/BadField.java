package dev.cvp.bundle.jmh;

import com.fasterxml.jackson.databind.JsonNode;

/** A field of a JMH result that is missing or of the wrong kind; the message names field and value. */
final class BadField extends Exception {

    private static final long serialVersionUID = 1L;

    BadField(String field, String expected, JsonNode value) {
        super("field " + field + ": expected " + expected + ", got " + shown(value));
    }

    BadField(String message) {
        super(message);
    }

    /** A value as a message shows it: JSON text, shortened. */
    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "nothing (field absent)";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
