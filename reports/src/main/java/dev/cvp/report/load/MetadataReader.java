package dev.cvp.report.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cvp.report.model.MachineInfo;
import dev.cvp.report.model.Problem;
import dev.cvp.report.model.RunCell;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Reads machine.json and run.json, the two files bench.sh writes beside the JMH results. */
final class MetadataReader {

    /** A whole JSON document, or the problem that stopped reading it. */
    record Document(JsonNode root, Problem problem) {
    }

    private MetadataReader() {
    }

    static Document readObject(Path file, String name) {
        try {
            JsonNode root = Json.DOCUMENT.readValue(file.toFile());
            if (root == null || !root.isObject()) {
                return new Document(null, new Problem(name, "expected a JSON object { ... }, got "
                        + (root == null || root.isMissingNode() ? "an empty file" : Json.shown(root))));
            }
            return new Document(root, null);
        } catch (JsonProcessingException e) {
            return new Document(null, new Problem(name, "malformed JSON at " + JsonErrors.describe(e)));
        } catch (IOException e) {
            return new Document(null, new Problem(name, "cannot read: " + JsonErrors.firstLine(e.getMessage())));
        }
    }

    /** Every top-level field of machine.json as display text. */
    static MachineInfo machine(JsonNode root) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            fields.put(e.getKey(), display(e.getValue()));
        }
        return new MachineInfo(fields);
    }

    private static String display(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isArray()) {
            StringJoiner j = new StringJoiner(", ");
            v.forEach(x -> j.add(x.isValueNode() ? x.asText() : x.toString()));
            return j.toString();
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** formatVersion as text ("1"), or null when the field is absent. */
    static String formatVersion(JsonNode root) {
        JsonNode v = root.get("formatVersion");
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The cells of run.json; each unusable entry becomes a problem naming its index. */
    static List<RunCell> cells(JsonNode root, String name, List<Problem> problems) {
        List<RunCell> out = new ArrayList<>();
        JsonNode cells = root.get("cells");
        if (cells == null || !cells.isArray()) {
            problems.add(new Problem(name, "field cells: expected a list, got " + Json.shown(cells)));
            return out;
        }
        int index = 0;
        for (JsonNode c : cells) {
            index++;
            try {
                if (!c.isObject()) {
                    throw new Json.FieldException("cells[" + index + "]", "an object", c);
                }
                String module = Json.text(c, "module", "cells[" + index + "].module");
                JsonNode coresNode = c.get("cores");
                if (coresNode == null || !coresNode.canConvertToInt() || !coresNode.isIntegralNumber()
                        || coresNode.asInt() < 1) {
                    throw new Json.FieldException("cells[" + index + "].cores", "a whole number >= 1", coresNode);
                }
                String state = Json.text(c, "state", "cells[" + index + "].state");
                JsonNode exit = c.get("exitCode");
                JsonNode secs = c.get("seconds");
                out.add(new RunCell(module, coresNode.asInt(), state,
                        exit != null && exit.canConvertToInt() ? exit.asInt() : null,
                        secs != null && secs.isNumber() ? secs.asDouble() : null,
                        c.path("reason").isTextual() ? c.get("reason").asText() : null));
            } catch (Json.FieldException e) {
                problems.add(new Problem(name, e.getMessage() + "; entry ignored"));
            }
        }
        return out;
    }
}
