package dev.cvp.runner.plan;

import dev.cvp.runner.UsageException;
import java.util.List;

/** Comma-separated option values. */
public final class Lists {

    private Lists() {
    }

    /** The items of "a,b,c"; an empty item or an empty list is a usage error naming the option. */
    public static List<String> items(String option, String text) throws UsageException {
        if (text.isEmpty()) {
            throw new UsageException(option + ": give at least one value");
        }
        if (text.startsWith(",") || text.endsWith(",") || text.contains(",,")) {
            throw new UsageException(option + ": empty item in '" + text + "'");
        }
        return List.of(text.split(",")).stream().map(String::trim).toList();
    }
}
