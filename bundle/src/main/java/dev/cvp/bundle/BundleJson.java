package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;

/** The one JSON mapper of the bundle, and one-line descriptions of Jackson's errors. */
public final class BundleJson {

    /**
     * Reads JMH's NaN ("NaN" strings and bare NaN), refuses duplicate keys, ignores fields it does
     * not know (a newer runner may add some), writes indented. It reads values one by one from a
     * stream (a JMH file's results); whole documents are read with {@link #DOCUMENT}.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    /** For whole documents (machine.json, run.json): content after the value is an error. */
    public static final ObjectReader DOCUMENT = MAPPER.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private BundleJson() {
    }

    /** "line 12, column 5: field cells[2].cores: ... (file truncated?)". */
    public static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String field = "";
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = "field " + path(m) + ": ";
        }
        String msg = firstLine(e.getOriginalMessage());
        if (msg.toLowerCase(Locale.ROOT).contains("end-of-input")) {
            msg += " (file truncated?)";
        }
        return where + ": " + field + msg;
    }

    private static String path(JsonMappingException m) {
        StringBuilder b = new StringBuilder();
        for (var ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    /** The first line of a message without Jackson's source noise, at most 200 characters. */
    public static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String line = message.lines().findFirst().orElse("")
                .replaceAll("\\s*\\(start marker at \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)",
                        " (opened at line $1, column $2)")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .replaceAll("\\s*\\(through reference chain:.*", "")
                .trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
