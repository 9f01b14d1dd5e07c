package dev.cvp.report.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns Jackson's exceptions into one line naming the position and the cause. */
final class JsonErrors {

    private JsonErrors() {
    }

    /** "line 12, column 5: Unexpected end-of-input ... (file truncated?)". */
    static String describe(JsonProcessingException e) {
        JsonLocation loc = e.getLocation();
        String where = loc == null ? "unknown position"
                : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String msg = firstLine(e.getOriginalMessage());
        if (msg.toLowerCase(java.util.Locale.ROOT).contains("end-of-input")) {
            msg += " (file truncated?)";
        }
        return where + ": " + msg;
    }

    /** The first line of a message, shortened to 200 characters. */
    static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        // Jackson appends where the open object started as "(start marker at [Source: ...; line: 1,
        // column: 54])"; the position is reported already, and the source part is noise
        String line = message.lines().findFirst().orElse("")
                .replaceAll("\\s*\\(start marker at \\[Source:.*?line: (\\d+), column: (\\d+)\\]\\)",
                        " (opened at line $1, column $2)")
                .replaceAll("\\s*\\[Source:[^\\]]*\\]", "")
                .trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
