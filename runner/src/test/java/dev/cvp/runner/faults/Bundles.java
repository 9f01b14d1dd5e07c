package dev.cvp.runner.faults;

import static org.junit.jupiter.api.Assertions.fail;

import dev.cvp.bundle.AtomicFiles;
import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.BundleLayout;
import dev.cvp.bundle.BundleReader;
import dev.cvp.bundle.Cell;
import dev.cvp.bundle.Machine;
import dev.cvp.bundle.Run;
import dev.cvp.bundle.jmh.JmhResultFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A bundle as the tests check it, read only through dev.cvp.bundle. */
final class Bundles {

    private Bundles() {
    }

    static Run run(Path bundle) {
        try {
            return BundleReader.readRun(bundle);
        } catch (BadBundleException e) {
            return fail("run.json unreadable: " + e.getMessage());
        }
    }

    static Machine machine(Path bundle) {
        try {
            return BundleReader.readMachine(bundle);
        } catch (BadBundleException e) {
            return fail("machine.json unreadable: " + e.getMessage());
        }
    }

    static Cell cell(Path bundle, String module, int cores) {
        return run(bundle).cell(module, cores).orElseGet(() -> fail("run.json has no cell " + module + "@" + cores));
    }

    /** "bench-cpu@1=ok bench-cpu@2=failed ...", in run.json order. */
    static String states(Path bundle) {
        return run(bundle).cells().stream().map(c -> c.module() + "@" + c.cores() + "=" + c.state().json())
                .collect(Collectors.joining(" "));
    }

    /** What {@link #states} says when every cell of {@code modules} x {@code cores} is {@code state}. */
    static String all(String state, List<String> modules, List<Integer> cores) {
        List<String> out = new ArrayList<>();
        for (String m : modules) {
            for (int k : cores) {
                out.add(m + "@" + k + "=" + state);
            }
        }
        return String.join(" ", out);
    }

    /** The number of valid results in a JMH result file of the bundle; fails on any problem. */
    static int validResults(Path bundle, String relative) {
        JmhResultFile.Contents c = JmhResultFile.read(bundle.resolve(relative), relative);
        if (!c.problems().isEmpty()) {
            fail(relative + ": " + c.problems());
        }
        return c.results().size();
    }

    /** Files the runner writes under a temporary name, left anywhere in the bundle. */
    static List<Path> temporaries(Path bundle) {
        return files(bundle).stream().filter(AtomicFiles::isTemporary).toList();
    }

    /** Files under attempts/, by name. */
    static List<String> attempts(Path bundle) {
        Path dir = new BundleLayout(bundle).attemptsDir();
        return Files.isDirectory(dir) ? files(dir).stream().map(p -> p.getFileName().toString()).sorted().toList()
                : List.of();
    }

    static boolean locked(Path bundle) {
        return Files.exists(new BundleLayout(bundle).lockDir());
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean nonEmpty(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
