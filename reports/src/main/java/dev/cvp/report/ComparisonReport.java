package dev.cvp.report;

import dev.cvp.bundle.BadBundleException;
import dev.cvp.bundle.Problem;
import dev.cvp.report.load.BundleLoader;
import dev.cvp.report.model.Bundle;
import dev.cvp.report.write.ComparisonWriter;
import dev.cvp.report.write.MarkdownReportWriter;
import dev.cvp.report.write.OutputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Several bundles in, one comparison file out (only -o FILE is written). */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static Outcome run(List<Path> dirs, Path output) throws BadInputException, BadBundleException, IOException {
        Path target = output.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new BadInputException("-o " + output + ": the folder " + parent + " does not exist; create it first");
        }
        if (Files.isDirectory(target)) {
            throw new BadInputException("-o " + output + ": is a folder; give a file name such as comparison.md");
        }
        if (Files.exists(target) && !writtenByUs(target)) {
            throw new BadInputException("-o " + output + ": exists and was not written by the report tool;"
                    + " refusing to overwrite it (choose another name or remove it)");
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path d : dirs) {
            bundles.add(BundleLoader.load(d));
        }
        checkFormats(bundles);
        String text = ComparisonWriter.render(bundles);
        Path written = new OutputFiles(parent).write(target.getFileName().toString(), text);
        List<Problem> problems = new ArrayList<>();
        for (Bundle b : bundles) {
            for (Problem p : b.problems()) {
                problems.add(new Problem(b.dir().resolve(p.file()).toString(), p.message()));
            }
        }
        return new Outcome(List.of(written), problems);
    }

    private static boolean writtenByUs(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MarkdownReportWriter.MARKER.equals(r.readLine());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static void checkFormats(List<Bundle> bundles) throws BadInputException {
        Integer first = null;
        for (Bundle b : bundles) {
            if (b.formatVersion().isEmpty()) {
                continue;
            }
            int v = b.formatVersion().getAsInt();
            if (first != null && first != v) {
                throw new BadInputException(b.dir() + ": mixed format versions: formatVersion " + v + " here, "
                        + first + " in an earlier bundle; compare bundles of one format");
            }
            first = v;
        }
    }
}
