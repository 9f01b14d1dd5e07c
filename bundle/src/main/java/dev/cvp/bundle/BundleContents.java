package dev.cvp.bundle;

import dev.cvp.bundle.declare.Declarations;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@link BundleReader} found in a bundle folder: the typed metadata where it was readable,
 * the JMH result files to read, and every problem met (each names its file).
 *
 * @param machine     machine.json, empty when missing or unreadable (a problem says which)
 * @param run         run.json, empty when missing or unreadable (a problem says which)
 * @param declarations benchmarks.json (v2), {@link Declarations#NONE} when absent (plain JMH JSON,
 *                     version-1 bundles) or unreadable (a problem says which)
 * @param resultFiles every {@code cores-<k>/*.json}, by core count then name
 */
public record BundleContents(Path dir, Optional<Machine> machine, Optional<Run> run, Declarations declarations,
                             List<ResultFile> resultFiles, List<Problem> problems) {

    public BundleContents {
        resultFiles = List.copyOf(resultFiles);
        problems = List.copyOf(problems);
    }

    /** One JMH result file of the bundle. */
    public record ResultFile(Path path, String name, String module, int cores) {
    }
}
