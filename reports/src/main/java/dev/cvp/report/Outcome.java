package dev.cvp.report;

import dev.cvp.bundle.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * What a report run wrote, what it lacks (no problems means complete, exit 0) and the headlines
 * report.md opens with (a disturbed run, an unsteady machine, a failed control), for the console.
 */
public record Outcome(List<Path> written, List<Problem> problems, List<String> headlines) {

    public Outcome {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
        headlines = List.copyOf(headlines);
    }

    /** Without headlines (a comparison of machines). */
    public Outcome(List<Path> written, List<Problem> problems) {
        this(written, problems, List.of());
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
