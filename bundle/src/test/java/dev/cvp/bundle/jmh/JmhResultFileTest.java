package dev.cvp.bundle.jmh;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhResultFileTest {

    @TempDir
    Path dir;

    static String result(String benchmark, String score, String error, String raw) {
        return "{\"benchmark\": \"" + benchmark + "\", \"mode\": \"avgt\", \"threads\": 1, \"params\": {\"strategy\": \"virtual\","
                + " \"tasks\": 8}, \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": " + error
                + ", \"scoreUnit\": \"ms/op\", \"rawData\": " + raw + "}, \"secondaryMetrics\": {}}";
    }

    private JmhResultFile.Contents read(String text) throws Exception {
        Path f = dir.resolve("r.json");
        Files.writeString(f, text);
        return JmhResultFile.read(f, "cores-1/r.json");
    }

    @Test
    void keepsRawDataPerFork() throws Exception {
        var c = read("[" + result("a.B.run", "2.0", "\"NaN\"", "[[1.0, 2.0], [3.0]]") + "]");
        assertEquals(0, c.problems().size(), c.problems().toString());
        JmhResult r = c.results().get(0);
        assertEquals(2, r.primaryMetric().forks().size());
        assertArrayEquals(new double[] {1, 2, 3}, r.primaryMetric().samples());
        assertTrue(Double.isNaN(r.primaryMetric().scoreError()));
        assertEquals("8", r.params().get("tasks"));
        assertEquals("a.B", r.className());
    }

    @Test
    void aTruncatedFileKeepsTheResultsBeforeTheDamage() throws Exception {
        String text = "[" + result("a.B.run", "2.0", "0.1", "[[2.0]]") + ", " + result("a.B.run", "3.0", "0.1", "[[3.0]]");
        var c = read(text.substring(0, text.length() - 20));
        assertEquals(1, c.results().size());
        String message = c.problems().get(0).toString();
        assertTrue(message.startsWith("cores-1/r.json: malformed JSON at line 1"), message);
        assertTrue(message.contains("the 1 result(s) before it were kept"), message);
    }

    @Test
    void aBadResultIsLeftOutAndNamedByIndexAndField() throws Exception {
        var c = read("[" + result("a.B.run", "0", "0.1", "[[0]]") + ", " + result("a.B.run", "3.0", "-1", "[[3.0]]")
                + ", " + result("a.B.run", "3.0", "0.5", "[[3.0]]") + "]");
        assertEquals(1, c.results().size());
        assertEquals(3, c.results().get(0).index());
        assertTrue(c.problems().get(0).message().contains("result #1") && c.problems().get(0).message()
                .contains("primaryMetric.score"), c.problems().toString());
        assertTrue(c.problems().get(1).message().contains("primaryMetric.scoreError"), c.problems().toString());
    }

    @Test
    void sampleModeIterationsAreTheirHistogramMeans() throws Exception {
        var c = read("[{\"benchmark\": \"a.B.run\", \"mode\": \"sample\", \"primaryMetric\": {\"score\": 2.0,"
                + " \"scoreError\": 0.1, \"scoreUnit\": \"us/op\", \"rawDataHistogram\": [[[[1.0, 1], [3.0, 3]]]]}}]");
        assertArrayEquals(new double[] {2.5}, c.results().get(0).primaryMetric().samples(), 1e-12);
    }

    @Test
    void notAListAndEmptyFilesAreNamed() throws Exception {
        assertTrue(read("{}").problems().get(0).message().startsWith("not JMH JSON"));
        assertTrue(read("").problems().get(0).message().startsWith("empty file"));
    }
}
