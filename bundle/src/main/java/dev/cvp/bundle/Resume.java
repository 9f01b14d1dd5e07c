package dev.cvp.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One {@code --resume} of a run (run.json's {@code resumes}).
 *
 * @param cells              how many cells it set out to run
 * @param forced             whether {@code --force} overrode differences of machine or code
 * @param differences        what differed from machine.json ("field: was A, now B")
 * @param cellTimeoutSeconds a time limit given with the resume, overriding the stored one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resume(String at, int cells, boolean forced, List<String> differences, Long cellTimeoutSeconds) {

    public Resume {
        differences = differences == null ? List.of() : List.copyOf(differences);
    }
}
