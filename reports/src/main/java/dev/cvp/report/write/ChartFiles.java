package dev.cvp.report.write;

import dev.cvp.report.write.chart.LineChart;
import dev.cvp.report.write.chart.LineChartSvg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the report's charts to {@code charts/} inside the bundle and hands back the markdown that
 * shows them. File names are made from a slug the report chooses, reduced to {@code [a-z0-9-]},
 * so nothing read from a file shapes a path; charts/ belongs to the report tool, so SVGs it did
 * not write this time are removed at the end.
 */
public final class ChartFiles {

    /** The folder inside the bundle that holds the charts. */
    public static final String DIR = "charts";

    private final OutputFiles files;
    private final Set<String> written = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();

    public ChartFiles(OutputFiles files) {
        this.files = files;
    }

    /**
     * Draws the chart to {@code charts/<slug>.svg} and returns "![alt](charts/<slug>.svg)\n\n", or
     * "" (with a note) when it could not be drawn.
     */
    public String embed(String slug, LineChart chart, String alt) throws IOException {
        String name = safe(slug) + ".svg";
        String svg;
        try {
            svg = LineChartSvg.svg(chart);
        } catch (RuntimeException | LinkageError e) {
            notes.add("chart " + name + " not drawn: " + e);
            return "";
        }
        files.directory(DIR);
        files.write(DIR + "/" + name, svg.getBytes(StandardCharsets.UTF_8));
        written.add(name);
        return "![" + MarkdownText.escape(alt) + "](" + DIR + "/" + name
                + ")\n\n";
    }

    /** The charts written, relative to the bundle. */
    public List<Path> written() {
        return written.stream().map(n -> files.root().resolve(DIR).resolve(n)).toList();
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** Removes SVGs under charts/ this run did not write (old reports' charts). */
    public void removeStale() throws IOException {
        Path dir = files.root().resolve(DIR);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.svg")) {
            for (Path p : ds) {
                if (!written.contains(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }

    static String safe(String slug) {
        String s = slug.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (s.length() > 80) {
            s = s.substring(0, 80);
        }
        return s.isEmpty() ? "chart-" + Integer.toHexString(slug.hashCode()) : s;
    }
}
