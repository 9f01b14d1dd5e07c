package dev.cvp.python.workload;

import java.util.Map;
import java.util.OptionalLong;

/** Every task waits {@code latencyMs} ({@code time.sleep} or {@code asyncio.sleep}) and returns 1. */
public final class SleepWork implements Workload {

    private final int latencyMs;

    public SleepWork(int latencyMs) {
        this.latencyMs = latencyMs;
    }

    @Override
    public String job() {
        return "sleep";
    }

    @Override
    public Map<String, Object> args() {
        return Map.of("latencyMs", latencyMs);
    }

    @Override
    public OptionalLong expected(int tasks) {
        return OptionalLong.of(tasks);
    }
}
