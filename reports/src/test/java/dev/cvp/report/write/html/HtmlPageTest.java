package dev.cvp.report.write.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.report.write.MarkdownText;
import dev.cvp.report.write.OutputFiles;
import dev.cvp.report.write.chart.LineChart;
import dev.cvp.report.write.chart.LineChartSvg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageTest {

    @TempDir
    Path tmp;

    private Path bundle() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("run"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/speedup.svg"), LineChartSvg.svg(new LineChart("Speedup", "cores",
                "speedup", false, false, List.of(new LineChart.Series("forkJoin", false,
                List.of(new LineChart.Point(1, 1, 0.9, 1.1), new LineChart.Point(2, 1.9, 1.8, 2)))))));
        Files.writeString(dir.resolve("results.csv"), "a,b\n");
        Files.writeString(dir.resolve("report.md"), """
                # Concurrency vs parallelism

                Start with [how to read](#how-to-read-this-report); every table is in [the details](details.md),
                Fibonacci's in [its section](details.md#fibonacci-fibbenchmark). Raw figures: [results.csv](results.csv).

                ## How to read this report

                | workload | speedup | efficiency | note |
                |---|---|---|---|
                | Fibonacci | 1.86 ± 0.02× | 93% | — |
                | Triad | 1.28× | 64% | noisy |

                ![parallel speedup vs cores: Fibonacci](charts/speedup.svg)
                """);
        Files.writeString(dir.resolve("details.md"), """
                # Details

                Back to [the report](report.md) and its [reading guide](report.md#how-to-read-this-report).

                ## Fibonacci (FibBenchmark)

                ![again](charts/speedup.svg)
                """);
        return dir;
    }

    @Test
    void everyLinkAndImageResolvesAndChartsAreInline() throws IOException {
        Path dir = bundle();
        List<Path> written = HtmlPage.writeBeside(new OutputFiles(dir));
        assertEquals(List.of(dir.resolve("report.html"), dir.resolve("details.html")), written);
        assertEquals(5, HtmlLinks.assertAllResolve(dir.resolve("report.html")));
        assertEquals(3, HtmlLinks.assertAllResolve(dir.resolve("details.html")));
        String report = Files.readString(dir.resolve("report.html"));
        assertTrue(report.contains("href=\"details.html#fibonacci-fibbenchmark\""), report);
        assertFalse(report.contains("<img"), "charts are inlined, not referenced");
        assertEquals(1, count(report, "<svg"));
        assertTrue(report.contains("<text") && report.contains(">forkJoin</text>"), "the chart's text is text");
        assertTrue(report.contains("<title>Concurrency vs parallelism</title>"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("charts", "details.html", "details.md", "report.html", "report.md", "results.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary file left");
        }
    }

    @Test
    void numbersAreRightAlignedAndNamesAreNot() throws IOException {
        String report = HtmlPage.render(bundle(), "report.md", java.util.Set.of("report.md"));
        assertTrue(report.contains("<td class=\"num\">1.86 ± 0.02×</td>"), report);
        assertTrue(report.contains("<th class=\"num\">efficiency</th>"), report);
        assertTrue(report.contains("<td>Fibonacci</td>") && report.contains("<td>noisy</td>"), report);
    }

    @Test
    void hostileNamesInTheMarkdownStayText() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("hostile"));
        String name = "</td><script>alert(1)</script><img src=x onerror=alert(2)>";
        Files.writeString(dir.resolve("report.md"), "# Report\n\n## " + MarkdownText.escape(name) + "\n\n"
                + "| benchmark | score |\n|---|---|\n| " + MarkdownText.escape(name) + " | 1 |\n\n"
                + "<script>alert(3)</script>\n\n<div onclick=\"x()\">raw block</div>\n\n"
                + "inline <iframe src=\"https://example.org\"></iframe> and [a link](javascript:alert(4)) "
                + "and ![an image](https://example.org/x.png) and ![outside](../elsewhere.svg)\n");
        Files.writeString(tmp.resolve("elsewhere.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        HtmlPage.writeBeside(dir.resolve("report.md"));
        String html = Files.readString(dir.resolve("report.html"));
        for (String markup : List.of("<script", "<img", "<iframe", "<div", "javascript:", "onclick=\"")) {
            assertFalse(html.contains(markup), markup + " became markup:\n" + html);
        }
        assertTrue(html.contains("&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;script&gt;alert(3)&lt;/script&gt;"), html);
        assertEquals(2, count(html, "class=\"missing\""), "images from elsewhere are notes, not references");
    }

    @Test
    void theReportsOwnLineBreaksAndCommentsAreHonouredAndNothingElse() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("own"));
        Files.writeString(dir.resolve("report.md"), "<!-- written by the report tool -->\n# R\n\n"
                + "| a | b |\n|---|---|\n| one<br>two | x<br onclick=\"y()\">z |\n\ntext <!-- c --><b>bold</b>\n");
        String html = HtmlPage.render(dir, "report.md", java.util.Set.of("report.md"));
        assertTrue(html.contains("<td>one<br />\ntwo</td>"), html);
        assertTrue(html.contains("x&lt;br onclick=&quot;y()&quot;&gt;z"), html);
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
        assertFalse(html.contains("written by the report tool") || html.contains("&lt;!--"), html);
    }

    @Test
    void aTamperedChartLosesItsScriptsButKeepsItsDrawing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tampered"));
        Files.createDirectories(dir.resolve("charts"));
        Files.writeString(dir.resolve("charts/x.svg"), """
                <?xml version="1.0"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.0//EN" "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"
                     onload="alert(1)">
                  <script>alert(2)</script>
                  <!-- </svg><script>alert(3)</script> -->
                  <foreignObject><div xmlns="http://www.w3.org/1999/xhtml">hi</div></foreignObject>
                  <a href="javascript:alert(4)"><text x="1" y="1">link</text></a>
                  <use xlink:href="#a"/>
                  <rect width="5" height="5" style="fill:url(https://example.org/x)" fill="red"/>
                  <text x="1" y="9"><![CDATA[</text><script>alert(5)</script>]]></text>
                </svg>
                """);
        Files.writeString(dir.resolve("report.md"), "# R\n\n![x](charts/x.svg)\n");
        String page = HtmlPage.render(dir, "report.md", java.util.Set.of("report.md"));
        String html = page.substring(page.indexOf("<svg"), page.indexOf("</svg>") + 6);
        for (String bad : List.of("<script", "onload", "foreignObject", "javascript", "<use", "<a ", "example.org",
                "xlink", "<!--", "DOCTYPE svg")) {
            assertFalse(html.contains(bad), bad + " survived:\n" + html);
        }
        assertTrue(html.contains("<rect fill=\"red\" height=\"5\" width=\"5\"></rect>"), html);
        assertTrue(html.contains("&lt;/text&gt;&lt;script&gt;alert(5)&lt;/script&gt;</text>"), html);
    }

    @Test
    void theSamePageGivesTheSameBytes() throws IOException {
        Path dir = bundle();
        String one = HtmlPage.render(dir, "report.md", java.util.Set.of("report.md", "details.md"));
        assertEquals(one, HtmlPage.render(dir, "report.md", java.util.Set.of("report.md", "details.md")));
    }

    @Test
    void theCommittedSampleReportRendersWithEveryLinkAndChartResolved() throws IOException {
        Path sample = Path.of("..", "docs", "sample-report");
        Path copy = Files.createDirectories(tmp.resolve("sample"));
        for (String f : List.of("report.md", "details.md", "results.csv", "metrics.csv")) {
            Files.copy(sample.resolve(f), copy.resolve(f));
        }
        Files.createDirectories(copy.resolve("charts"));
        long charts;
        try (Stream<Path> svgs = Files.list(sample.resolve("charts"))) {
            charts = svgs.peek(p -> copy(p, copy.resolve("charts").resolve(p.getFileName()))).count();
        }
        HtmlPage.writeBeside(copy.resolve("report.md"));
        HtmlLinks.assertAllResolve(copy.resolve("report.html"));
        String md = Files.readString(copy.resolve("report.md"));
        String html = Files.readString(copy.resolve("report.html"));
        assertEquals(count(md, "!["), count(html, "<svg"), "every chart inlined");
        assertTrue(charts > 0);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
