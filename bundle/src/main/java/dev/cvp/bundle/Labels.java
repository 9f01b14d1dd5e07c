package dev.cvp.bundle;

import java.util.regex.Pattern;

/**
 * A run's label names its folder ({@code results/<UTC time>-<label>}) and its column in a
 * comparison, so it must be safe in a path and in a markdown table.
 */
public final class Labels {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Labels() {
    }

    public static boolean valid(String label) {
        return label != null && VALID.matcher(label).matches() && !label.contains("..");
    }

    /** What a valid label is, for error messages. */
    public static String rule() {
        return "use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit (no '..')";
    }

    /** A valid label made from any text (e.g. a host name), or "machine". */
    public static String from(String text) {
        String s = text == null ? "" : text.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[^A-Za-z0-9]+", "")
                .replace("..", "-");
        if (s.length() > 64) {
            s = s.substring(0, 64);
        }
        return valid(s) ? s : "machine";
    }
}
