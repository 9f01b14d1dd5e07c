package dev.cvp.report.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.bundle.BundleContents;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.report.model.Meanings;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.TestDeclarations;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Measurements from real JMH 1.37 output (captured from a tiny run) and damaged copies of it. */
class JmhMeasurementsTest {

    @TempDir
    Path tmp;

    private Path resource(String name) throws IOException {
        Path p = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/jmh/" + name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private static JmhMeasurements.Output read(Path file, String name, String module, int cores) {
        return JmhMeasurements.read(new BundleContents.ResultFile(file, name, module, cores));
    }

    @Test
    void readsEveryModeOfARealJmhFile() throws IOException {
        JmhMeasurements.Output out = read(resource("all-modes-cores-2.json"), "cores-2/x.json", "x", 2);
        assertEquals(List.of(), out.problems());
        assertEquals(8, out.measurements().size());
        Set<Mode> modes = out.measurements().stream().map(m -> m.workload().mode()).collect(Collectors.toSet());
        assertEquals(Set.of(Mode.values()), modes);
        for (Measurement m : out.measurements()) {
            assertEquals(2, m.observedCpus(), "cpus secondary metric read as the cross-check");
            assertFalse(m.secondary().containsKey("cpus"), "cpus is not a metric of the workload");
            assertTrue(Set.of("sequential", "pool").contains(m.strategy()));
            assertFalse(m.workload().params().containsKey("strategy"));
            assertEquals("8", m.workload().param("tasks"));
            assertTrue(m.primary().sampleCount() >= 2, "raw per-iteration data kept");
        }
    }

    @Test
    void sampleModeHistogramBecomesOneMeanPerIteration() throws IOException {
        JmhMeasurements.Output out = read(resource("all-modes-cores-2.json"), "f", "x", 2);
        Measurement sample = out.measurements().stream().filter(m -> m.workload().mode() == Mode.SAMPLE_TIME)
                .findFirst().orElseThrow();
        assertEquals(2, sample.primary().sampleCount(), "two iterations, one mean each");
        double mean = Arrays.stream(sample.primary().samples()).average().orElseThrow();
        assertEquals(sample.primary().score(), mean, sample.primary().score() * 0.05,
                "iteration means of the histogram agree with JMH's score");
        assertTrue(sample.secondary().containsKey("p0.99"), "percentiles kept as secondary metrics");
    }

    @Test
    void aWorkloadDeclaredAsALatencyIsScoredByItsHeadlineFigureAndKeepsJmhsMeanBeside() throws IOException {
        Meanings meanings = TestDeclarations.meanings(TestDeclarations.declare("x", "demo.ShapeBenchmark.work")
                .metric(MetricKind.LATENCY).figure("p0.90", MetricKind.LATENCY, "p90", "")
                .figure("p0.50", MetricKind.LATENCY, "p50", "").build());
        Path file = resource("all-modes-cores-2.json");
        BundleContents.ResultFile f = new BundleContents.ResultFile(file, "cores-2/x.json", "x", 2);
        List<Measurement> declared = JmhMeasurements.read(f, List.of(), List.of(), meanings).measurements();
        List<Measurement> plain = JmhMeasurements.read(f).measurements();
        for (int i = 0; i < plain.size(); i++) {
            Measurement d = declared.get(i);
            Measurement p = plain.get(i);
            if (d.workload().mode() != Mode.SAMPLE_TIME) {
                assertEquals(p.primary().score(), d.primary().score(), "other modes keep JMH's score");
                continue;
            }
            double[] medians = p.secondary().get("p0.50").samples();
            assertArrayEquals(medians, d.primary().samples(), "the iterations' medians are the raw data");
            assertEquals(Arrays.stream(medians).average().orElseThrow(), d.primary().score(), 1e-12,
                    "scored as their mean, like every other score");
            assertTrue(d.primary().score() < p.primary().score(), "this file's mean lies above its median");
            assertEquals(p.primary().score(), d.secondary().get(JmhMeasurements.JMH_SCORE).score(),
                    "JMH's mean is kept as a secondary metric");
            assertArrayEquals(d.primary().samples(), d.secondary().get("p0.50").samples(),
                    "the percentile shows what the score shows");
        }
    }

    @Test
    void aJobTimeOrALatencyWhoseFigureWasNotMeasuredKeepsJmhsScore() throws IOException {
        Path file = resource("all-modes-cores-2.json");
        BundleContents.ResultFile f = new BundleContents.ResultFile(file, "cores-2/x.json", "x", 2);
        double jmh = sampleScore(JmhMeasurements.read(f).measurements());
        Meanings memory = TestDeclarations.meanings(TestDeclarations.declare("x", "demo.ShapeBenchmark.work")
                .metric(MetricKind.LATENCY).figure("p0.50", MetricKind.LATENCY, "p50", "")
                .figure("rss", MetricKind.MEMORY, "rss", "").build());
        Meanings jobTime = TestDeclarations.meanings(TestDeclarations.declare("x", "demo.ShapeBenchmark.work")
                .figure("p0.50", MetricKind.LATENCY, "p50", "").build());
        Meanings noPercentile = TestDeclarations.meanings(TestDeclarations.declare("x", "demo.ShapeBenchmark.work")
                .metric(MetricKind.LATENCY).figure("lateMs", MetricKind.LATENCY, "late", "").build());
        assertTrue(sampleScore(JmhMeasurements.read(f, List.of(), List.of(), memory).measurements()) < jmh,
                "the headline latency figure counts, whatever other kinds follow it");
        assertEquals(jmh, sampleScore(JmhMeasurements.read(f, List.of(), List.of(), jobTime).measurements()));
        assertEquals(jmh, sampleScore(JmhMeasurements.read(f, List.of(), List.of(), noPercentile).measurements()));
    }

    private static double sampleScore(List<Measurement> ms) {
        return ms.stream().filter(m -> m.workload().mode() == Mode.SAMPLE_TIME).findFirst().orElseThrow()
                .primary().score();
    }

    @Test
    void singleIterationNaNErrorAndMethodNameAsStrategy() throws IOException {
        JmhMeasurements.Output out = read(resource("single-iteration-no-strategy.json"), "f", "x", 1);
        Measurement m = out.measurements().get(0);
        assertEquals(1, m.primary().sampleCount(), "one iteration: no interval can be made from it");
        assertEquals("sequential", m.strategy(), "this file has a strategy param");
        String plain = Files.readString(resource("single-iteration-no-strategy.json"))
                .replace("\"strategy\" : \"sequential\",", "");
        Path f = Files.writeString(tmp.resolve("plain.json"), plain);
        Measurement p = read(f, "f", "x", 1).measurements().get(0);
        assertEquals("other", p.strategy(), "no strategy param: the method name stands for it");
        assertEquals(-1, p.observedCpus());
    }

    @Test
    void truncatedFileKeepsTheResultsBeforeTheDamageAndNamesLineAndColumn() throws IOException {
        String text = Files.readString(resource("all-modes-cores-2.json"));
        int cut = text.indexOf("\"mode\" : \"sample\"");
        Path f = Files.writeString(tmp.resolve("cut.json"), text.substring(0, cut + 5));
        JmhMeasurements.Output out = read(f, "cores-2/bench-cpu.json", "bench-cpu", 2);
        assertEquals(4, out.measurements().size(), "thrpt and avgt results before the cut are kept");
        assertEquals(1, out.problems().size());
        String msg = out.problems().get(0).toString();
        assertTrue(msg.startsWith("cores-2/bench-cpu.json: malformed JSON at line "), msg);
        assertTrue(msg.contains(", column "), msg);
        assertTrue(msg.contains("4 result(s) before it were kept"), msg);
    }

    @Test
    void badFieldsAreNamedWithIndexFieldAndValue() throws IOException {
        String text = Files.readString(resource("single-iteration-no-strategy.json"));
        Path f = Files.writeString(tmp.resolve("bad.json"), text.replace("\"mode\" : \"avgt\"", "\"mode\" : \"fast\""));
        String msg = read(f, "f.json", "x", 1).problems().get(0).toString();
        assertTrue(msg.contains("result #1 (line 2, demo.ShapeBenchmark.other): field mode: expected one of"), msg);
        assertTrue(msg.contains("got \"fast\""), msg);

        f = Files.writeString(tmp.resolve("bad2.json"), text.replace("\"score\" : 0.021504074808751848",
                "\"score\" : \"quick\""));
        msg = read(f, "f.json", "x", 1).problems().get(0).toString();
        assertTrue(msg.contains("field primaryMetric.score: expected a number, got \"quick\""), msg);

        f = Files.writeString(tmp.resolve("bad3.json"), text.replace("\"score\" : 0.021504074808751848",
                "\"score\" : 0"));
        msg = read(f, "f.json", "x", 1).problems().get(0).toString();
        assertTrue(msg.contains("expected a finite number above 0, got 0"), msg);
    }

    @Test
    void anEmptyStrategyIsNamedAndLeftOut() throws IOException {
        String text = Files.readString(resource("single-iteration-no-strategy.json"));
        Path f = Files.writeString(tmp.resolve("blank.json"), text.replace("\"strategy\" : \"sequential\"",
                "\"strategy\" : \"\""));
        JmhMeasurements.Output out = read(f, "f.json", "x", 1);
        assertEquals(0, out.measurements().size());
        String msg = out.problems().get(0).toString();
        assertTrue(msg.contains("result #1 (line 2, demo.ShapeBenchmark.other): field params.strategy: expected a non-empty"), msg);
    }

    @Test
    void resultsFromTheWrongCoreCountAreLeftOut() throws IOException {
        JmhMeasurements.Output out = read(resource("all-modes-cores-2.json"), "cores-4/x.json", "x", 4);
        assertEquals(0, out.measurements().size());
        assertEquals(8, out.problems().size());
        assertTrue(out.problems().get(0).message().contains("ran on 2 CPU(s) (secondary metric cpus) but the file is under cores-4"));
    }

    @Test
    void notAListEmptyFileAndTrailingGarbageAreNamed() throws IOException {
        Path obj = Files.writeString(tmp.resolve("o.json"), "{\"benchmark\": \"x\"}");
        assertTrue(read(obj, "o.json", "x", 1).problems().get(0).message()
                .startsWith("not JMH JSON: expected a list of results [ ... ] at line 1, column 1"));
        Path empty = Files.writeString(tmp.resolve("e.json"), "");
        assertTrue(read(empty, "e.json", "x", 1).problems().get(0).message().startsWith("empty file"));
        String text = Files.readString(resource("single-iteration-no-strategy.json"));
        Path trailing = Files.writeString(tmp.resolve("t.json"), text + "\n[]");
        JmhMeasurements.Output out = read(trailing, "t.json", "x", 1);
        assertEquals(1, out.measurements().size());
        assertTrue(out.problems().get(0).message().contains("after the list"), out.problems().toString());
    }
}
