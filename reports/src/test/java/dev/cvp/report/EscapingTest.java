package dev.cvp.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.Worker;
import dev.cvp.report.model.TestDeclarations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names from files (labels, modules, params, strategies) never reach markdown or SVG raw. */
class EscapingTest {

    static final String EVIL = "x|y <script>alert(1)</script> `tick` & <img src=z>";

    @TempDir
    Path tmp;

    @Test
    void labelsParamsStrategiesAndModulesAreEscaped() throws IOException {
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).label("box|<b>bold</b>\nnext").machine("1, 2")
                .results(1, "ev|il<m>",
                        JmhJson.result().strategy("sequential").param("name", EVIL).score(10, 1, 9.9, 10, 10.1).cpus(1),
                        JmhJson.result().strategy("s|<i>x</i>").param("name", EVIL).score(5, 1, 4.9, 5, 5.1).cpus(1))
                .results(2, "ev|il<m>",
                        JmhJson.result().strategy("sequential").param("name", EVIL).score(10, 1, 9.9, 10, 10.1).cpus(2),
                        JmhJson.result().strategy("s|<i>x</i>").param("name", EVIL).score(3, 1, 2.9, 3, 3.1).cpus(2));
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(0, r.exit(), r.all());
        String md = Files.readString(f.dir().resolve("report.md"));
        String body = md.substring(md.indexOf('\n'));
        for (String raw : List.of("<script", "<img", "<b>", "<i>", "<m>", "`tick`", "ev|il", "s|<")) {
            assertFalse(body.contains(raw), raw + " leaked into report.md");
        }
        assertTrue(md.contains("&lt;script&gt;"), "escaped form present");
        long columns = -1;
        for (String line : md.lines().toList()) {
            if (!line.startsWith("|")) {
                columns = -1;
                continue;
            }
            long pipes = line.chars().filter(c -> c == '|').count();
            if (columns < 0) {
                columns = pipes;
            }
            assertEquals(columns, pipes, "table row broken: " + line);
        }
        try (Stream<Path> charts = Files.list(f.dir().resolve("charts"))) { // details.md's speedup chart
            for (Path svg : charts.toList()) {
                assertTrue(svg.getFileName().toString().matches("[a-z0-9-]+\\.svg"), svg.toString());
                String text = Files.readString(svg);
                assertFalse(text.contains("<script"), "raw script tag in SVG");
                assertFalse(text.contains("<img"), "raw img tag in SVG");
                assertTrue(text.contains("&lt;script&gt;") || text.contains("&lt;i&gt;"), "labels drawn escaped");
            }
        }
        String csv = Files.readString(f.dir().resolve("results.csv"));
        assertTrue(csv.contains("\"s|<i>x</i>\"") || csv.contains("s|<i>x</i>"), "CSV keeps the value itself");
    }

    @Test
    void declaredTitlesSummariesAndNotesAreEscapedInEveryFile() throws IOException {
        String evilStrategy = "s|<i>x</i>";
        BundleFixture f = BundleFixture.in(tmp.resolve("run")).machine("1, 2")
                .results(1, "bench-cpu",
                        JmhJson.result().strategy("sequential").score(10, 1, 9.9, 10, 10.1).cpus(1),
                        JmhJson.result().strategy(evilStrategy).score(10, 1, 9.9, 10, 10.1).cpus(1))
                .results(2, "bench-cpu",
                        JmhJson.result().strategy("sequential").score(10, 1, 9.9, 10, 10.1).cpus(2),
                        JmhJson.result().strategy(evilStrategy).score(5, 1, 4.9, 5, 5.1).cpus(2));
        f.declarations(TestDeclarations.declare("bench-cpu", "dev.cvp.cpu.KernelBenchmark.run").title(EVIL)
                .example(Example.CPU_BOUND, "strategy", evilStrategy)
                .role("sequential", Role.BASELINE, Worker.CALLER).role(evilStrategy, Role.PARALLEL, Worker.THREAD)
                .build());
        Cli.Run r = Cli.run(f.dir().toString());
        assertEquals(0, r.exit(), r.all());
        for (String name : List.of("report.md", "details.md")) {
            String body = Files.readString(f.dir().resolve(name));
            body = body.substring(body.indexOf('\n'));
            for (String raw : List.of("<script", "<img", "<i>", "`tick`")) {
                assertFalse(body.contains(raw), raw + " leaked into " + name);
            }
        }
        assertTrue(Files.readString(f.dir().resolve("report.md")).contains("at a glance"), "the lesson was written");
        for (String name : List.of("report.html", "charts/parallel-speedup.svg")) {
            String text = Files.readString(f.dir().resolve(name));
            assertFalse(text.contains("<script") || text.contains("<img") || text.contains("<i>x"), name + ": " + text);
        }
    }
}
