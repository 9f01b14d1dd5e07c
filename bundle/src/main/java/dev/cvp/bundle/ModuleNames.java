package dev.cvp.bundle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bench modules a bundle may hold, by their Maven module names, and the short names the
 * command line also accepts ({@code cpu} for {@code bench-cpu}).
 */
public final class ModuleNames {

    /** Every bench module, in the order a run measures them. */
    public static final List<String> ALL = List.of("bench-cpu", "bench-io", "bench-process", "bench-python");

    private static final String PREFIX = "bench-";

    private ModuleNames() {
    }

    /** {@code bench-cpu} for "cpu" or "bench-cpu" (any case); empty for anything else. */
    public static Optional<String> canonical(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(m -> m.equals(n) || m.equals(PREFIX + n)).findFirst();
    }

    /** "cpu" for bench-cpu. */
    public static String shortName(String module) {
        return module.startsWith(PREFIX) ? module.substring(PREFIX.length()) : module;
    }

    /** The choices as a user reads them in an error message. */
    public static String choices() {
        return String.join(", ", ALL.stream().map(ModuleNames::shortName).toList())
                + " (or " + String.join(", ", ALL) + ")";
    }
}
