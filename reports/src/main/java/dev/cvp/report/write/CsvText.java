package dev.cvp.report.write;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 fields: quoted when they hold a comma, quote or line break; quotes doubled. */
public final class CsvText {

    private CsvText() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }

    public static String line(List<String> fields) {
        return fields.stream().map(CsvText::field).collect(Collectors.joining(",")) + "\n";
    }
}
