package dev.cvp.runner.plan;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as users write them (90, 90s, 20m, 2h) and as progress lines print them (45s, 4m, 1h05m). */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smh]?)");

    private Durations() {
    }

    /** Seconds, or empty when the text is not a positive duration. */
    public static OptionalLong parseSeconds(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long n = Long.parseLong(m.group(1));
        n *= switch (m.group(2)) {
            case "m" -> 60;
            case "h" -> 3600;
            default -> 1;
        };
        return n > 0 ? OptionalLong.of(n) : OptionalLong.empty();
    }

    public static String human(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return (seconds + 30) / 60 + "m";
        }
        return String.format("%dh%02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
