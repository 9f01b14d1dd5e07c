package dev.cvp.report.write;

import dev.cvp.report.analysis.TaskFamilies;
import dev.cvp.report.model.Workload;
import dev.cvp.report.model.WorkloadKey;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders charts to SVG with JFreeChart + JFreeSVG (which escapes every text it draws) and
 * writes them to {@code charts/} inside the bundle: per workload the parallel speedup vs cores,
 * per family of task counts the concurrency gain vs tasks (log axes). File names are made from
 * the workload, reduced to {@code [a-z0-9-]} plus a hash, so nothing from a file shapes a path.
 */
public final class SvgChartWriter {

    /** The folder inside the bundle that holds the charts. */
    public static final String DIR = "charts";
    static final int WIDTH = 720;
    static final int HEIGHT = 420;

    /** Per workload: chart path (relative to the bundle) to alt text; notes on charts not drawn. */
    public record Charts(Map<WorkloadKey, Map<String, String>> byWorkload, List<String> notes) {
    }

    private record Job(WorkloadKey attachTo, String kind, String alt, Supplier<JFreeChart> chart) {
    }

    /** A chart drawn to SVG text, or why it could not be. */
    private record Drawn(Job job, String svg, String error) {
    }

    private SvgChartWriter() {
    }

    private static Drawn draw(Job j) {
        try {
            return new Drawn(j, svg(j.chart().get()), null);
        } catch (RuntimeException | LinkageError e) {
            return new Drawn(j, null, e.toString());
        }
    }

    public static Charts writeAll(List<Workload> workloads, OutputFiles files) throws IOException {
        List<Job> jobs = jobs(workloads);
        Map<WorkloadKey, Map<String, String>> out = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        Set<String> written = new HashSet<>();
        if (!jobs.isEmpty() || Files.isDirectory(files.root().resolve(DIR))) {
            Path dir = files.directory(DIR);
            // drawing is independent per chart and dominates the run time: draw on every core
            List<Drawn> drawn = jobs.parallelStream().map(SvgChartWriter::draw).toList();
            for (Drawn d : drawn) {
                Job j = d.job();
                if (d.svg() == null) {
                    notes.add("no " + j.kind() + " chart for " + j.attachTo().label() + ": " + d.error());
                    continue;
                }
                String name = fileName(j.attachTo(), j.kind());
                files.write(DIR + "/" + name, d.svg().getBytes(StandardCharsets.UTF_8));
                out.computeIfAbsent(j.attachTo(), k -> new LinkedHashMap<>()).put(DIR + "/" + name, j.alt());
                written.add(name);
            }
            removeStale(dir, written);
        }
        long single = workloads.stream().filter(w -> !SpeedupChart.applies(w)).count();
        if (single > 0) {
            notes.add("speedup charts need a sequential baseline and at least two core counts; " + single
                    + " workload(s) lack one or the other");
        }
        return new Charts(out, notes);
    }

    private static List<Job> jobs(List<Workload> workloads) {
        List<Job> jobs = new ArrayList<>();
        for (Workload w : workloads) {
            if (SpeedupChart.applies(w)) {
                jobs.add(new Job(w.key(), "speedup", "parallel speedup vs cores: " + w.key().label(),
                        () -> SpeedupChart.create(w)));
            }
        }
        for (List<Workload> family : TaskFamilies.of(workloads)) {
            int cores = family.get(0).coreCounts().isEmpty() ? 1 : family.get(0).coreCounts().get(0);
            if (GainChart.applies(family, cores)) {
                Workload first = family.get(0);
                jobs.add(new Job(first.key(), "gain-vs-tasks", "concurrency gain vs tasks (log axes): "
                        + first.key().without("tasks").label(), () -> GainChart.create(family, cores)));
            }
        }
        return jobs;
    }

    /** The SVG document of a chart. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGDocument();
    }

    /** "bench-cpu-kernelbenchmark-run-kernel-fib-tasks-8-avgt-speedup-1a2b3c4d.svg" */
    static String fileName(WorkloadKey key, String kind) {
        String slug = (key.module() + "-" + key.label() + "-" + kind).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 100) {
            slug = slug.substring(0, 100);
        }
        String hash = String.format("%08x", (key.toString() + kind).hashCode());
        return slug + "-" + hash + ".svg";
    }

    /** charts/ belongs to the report tool: SVGs it did not write this time are old ones. */
    private static void removeStale(Path dir, Set<String> written) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.svg")) {
            for (Path p : ds) {
                if (!written.contains(p.getFileName().toString()) && Files.isRegularFile(p)) {
                    Files.delete(p);
                }
            }
        }
    }
}
