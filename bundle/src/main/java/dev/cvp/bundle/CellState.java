package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** How a cell (one module at one core count) stands: run.json's {@code state}. */
public enum CellState {
    /** Not run yet, or interrupted: a resume runs it. */
    PENDING,
    /** Every benchmark of the cell has a result. */
    OK,
    /** It ran and something went wrong (the reason says what); its valid results are kept. */
    FAILED,
    /** It could not run at all (no jar, no interpreter); the reason says how to enable it. */
    SKIPPED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static CellState fromJson(String text) {
        return Arrays.stream(values()).filter(s -> s.json().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown cell state \"" + text
                        + "\"; expected pending, ok, failed or skipped"));
    }
}
