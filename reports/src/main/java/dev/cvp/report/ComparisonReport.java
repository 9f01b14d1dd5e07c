package dev.cvp.report;

import dev.cvp.report.compare.Admission;
import dev.cvp.report.compare.ComparisonWriter;
import dev.cvp.report.write.MarkdownReportWriter;
import dev.cvp.report.write.OutputFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several bundles in, one comparison out: FILE and, beside it, FILE's name without its extension
 * plus {@code -charts/} for the charts FILE links to. Nothing else is written; bundles are only
 * read. A bundle that cannot be compared is left out with one line and the rest is compared
 * ({@link Admission}); fewer than two usable bundles is bad input.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static Outcome run(List<Path> dirs, Path output) throws BadInputException, IOException {
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
        String chartsDir = chartsDir(target.getFileName().toString());
        Path charts = parent.resolve(chartsDir);
        if (Files.exists(charts, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            throw new BadInputException("-o " + output + ": its charts go to " + charts
                    + ", which exists and is not a folder; choose another name or remove it");
        }
        Admission admission = Admission.of(dirs);
        ComparisonWriter.Rendered rendered = ComparisonWriter.render(admission, chartsDir);
        OutputFiles files = new OutputFiles(parent);
        List<Path> written = new ArrayList<>();
        if (!rendered.charts().isEmpty() || Files.isDirectory(charts, LinkOption.NOFOLLOW_LINKS)) {
            files.directory(chartsDir);
            for (Map.Entry<String, String> c : rendered.charts().entrySet()) {
                written.add(files.write(chartsDir + "/" + c.getKey(), c.getValue()));
            }
            removeStale(charts, rendered.charts().keySet());
        }
        written.add(files.write(target.getFileName().toString(), rendered.markdown()));
        return new Outcome(written, ComparisonWriter.problems(admission));
    }

    /** "comparison-charts" for comparison.md: the name reduced to letters, digits, '.', '_' and '-'. */
    static String chartsDir(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = (dot > 0 ? fileName.substring(0, dot) : fileName).replaceAll("[^A-Za-z0-9._-]", "-");
        return (stem.isEmpty() || stem.startsWith(".") ? "comparison" + stem : stem) + "-charts";
    }

    private static boolean writtenByUs(Path file) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return MarkdownReportWriter.MARKER.equals(r.readLine());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The charts folder belongs to this comparison: SVGs it did not write this time are old ones. */
    private static void removeStale(Path dir, java.util.Set<String> written) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "speedup-*.svg")) {
            for (Path p : ds) {
                if (!written.contains(p.getFileName().toString()) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
    }
}
