package dev.cvp.report.metrics;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The size carried in a pool strategy's name: {@code platform-pool-64} is 64 threads. */
public final class PoolSize {

    private static final Pattern SIZED = Pattern.compile(".*pool-(\\d{1,9})");

    private PoolSize() {
    }

    public static OptionalLong of(String strategy) {
        Matcher m = SIZED.matcher(strategy);
        return m.matches() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }
}
