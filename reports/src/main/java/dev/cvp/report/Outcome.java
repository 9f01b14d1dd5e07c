package dev.cvp.report;

import dev.cvp.bundle.Problem;
import java.nio.file.Path;
import java.util.List;

/** What a report run wrote and what it lacks; no problems means complete (exit 0). */
public record Outcome(List<Path> written, List<Problem> problems) {

    public Outcome {
        written = List.copyOf(written);
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }
}
