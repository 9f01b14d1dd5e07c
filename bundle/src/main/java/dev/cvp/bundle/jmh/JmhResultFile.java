package dev.cvp.bundle.jmh;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.cvp.bundle.BundleJson;
import dev.cvp.bundle.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates one JMH result file result by result, so that a truncated or malformed
 * file still yields every result before the damage, and each bad result is named by its index,
 * line and field. This is the one place that decides what a usable JMH result is.
 */
public final class JmhResultFile {

    /** The modes JMH writes. */
    public static final Set<String> MODES = Set.of("thrpt", "avgt", "sample", "ss");

    /**
     * Reads one result of the list at a time: the mapper's FAIL_ON_TRAILING_TOKENS would take the
     * next result (or the closing bracket) after each one for trailing content.
     */
    private static final ObjectReader RESULT = BundleJson.MAPPER.readerFor(JsonNode.class)
            .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What one file gave: its valid results and the problems met on the way. */
    public record Contents(List<JmhResult> results, List<Problem> problems) {
    }

    private final String name;
    private final List<JmhResult> results = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private JmhResultFile(String name) {
        this.name = name;
    }

    /**
     * @param file the JMH JSON file
     * @param name how messages name it (e.g. relative to the bundle)
     */
    public static Contents read(Path file, String name) {
        JmhResultFile r = new JmhResultFile(name);
        r.readFile(file);
        return new Contents(List.copyOf(r.results), List.copyOf(r.problems));
    }

    private void readFile(Path file) {
        try {
            if (Files.size(file) == 0) {
                problem("empty file: no results were written (see the .log beside it)");
                return;
            }
        } catch (IOException e) {
            problem("cannot read: " + BundleJson.firstLine(e.getMessage()));
            return;
        }
        int index = 0;
        try (JsonParser p = BundleJson.MAPPER.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                problem("not JMH JSON: expected a list of results [ ... ] at " + at(p.currentTokenLocation())
                        + ", found " + (first == null ? "nothing" : first.asString()));
                return;
            }
            while (p.nextToken() != JsonToken.END_ARRAY) {
                index++;
                JsonLocation start = p.currentTokenLocation();
                JsonNode node = RESULT.readValue(p);
                convert(node, index, start.getLineNr());
            }
            if (p.nextToken() != null) {
                problem("unexpected content after the list of results at " + at(p.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            problem("malformed JSON at " + BundleJson.describe(e) + keptNote(index));
        } catch (IOException e) {
            problem("cannot read: " + BundleJson.firstLine(e.getMessage()) + keptNote(index));
        }
    }

    private String keptNote(int index) {
        int kept = results.size();
        return index <= 1 && kept == 0 ? "" : "; the " + kept + " result(s) before it were kept";
    }

    private static String at(JsonLocation loc) {
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private void problem(String message) {
        problems.add(new Problem(name, message));
    }

    private void convert(JsonNode node, int index, int line) {
        String where = "result #" + index + " (line " + line + ")";
        try {
            if (node == null || !node.isObject()) {
                throw new BadField("expected an object, got " + BadField.shown(node));
            }
            String benchmark = Fields.text(node, "benchmark", "benchmark");
            where = "result #" + index + " (line " + line + ", " + benchmark + ")";
            String mode = Fields.text(node, "mode", "mode");
            if (!MODES.contains(mode)) {
                throw new BadField("field mode: expected one of thrpt, avgt, sample, ss, got \"" + mode + "\"");
            }
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode paramsNode = node.get("params");
            if (paramsNode != null && !paramsNode.isNull()) {
                if (!paramsNode.isObject()) {
                    throw new BadField("params", "an object", paramsNode);
                }
                for (Map.Entry<String, JsonNode> e : paramsNode.properties()) {
                    params.put(e.getKey(), Fields.scalar(e.getValue(), "params." + e.getKey()));
                }
            }
            Metric primary = metric(Fields.object(node, "primaryMetric", "primaryMetric"), "primaryMetric", true);
            Map<String, Metric> secondary = new LinkedHashMap<>();
            JsonNode sec = node.get("secondaryMetrics");
            if (sec != null && !sec.isNull()) {
                if (!sec.isObject()) {
                    throw new BadField("secondaryMetrics", "an object", sec);
                }
                for (Map.Entry<String, JsonNode> e : sec.properties()) {
                    String path = "secondaryMetrics." + e.getKey();
                    if (!e.getValue().isObject()) {
                        throw new BadField(path, "an object", e.getValue());
                    }
                    secondary.put(e.getKey(), metric(e.getValue(), path, false));
                }
            }
            int threads = node.path("threads").isInt() ? node.get("threads").asInt() : 1;
            String jvm = (node.path("vmName").asText("") + " " + node.path("vmVersion").asText("")).trim();
            results.add(new JmhResult(benchmark, mode, params, primary, secondary, threads,
                    node.path("jmhVersion").asText(""), jvm, index, line));
        } catch (BadField e) {
            problem(where + ": " + e.getMessage() + "; left out");
        }
    }

    private static Metric metric(JsonNode metric, String path, boolean primary) throws BadField {
        double score = Fields.number(metric.get("score"), path + ".score");
        if (!Double.isFinite(score) || (primary && score <= 0)) {
            throw new BadField(path + ".score", primary ? "a finite number above 0" : "a finite number",
                    metric.get("score"));
        }
        JsonNode errNode = metric.get("scoreError");
        double error = errNode == null ? Double.NaN : Fields.number(errNode, path + ".scoreError");
        if (Double.isInfinite(error) || error < 0) {
            throw new BadField(path + ".scoreError", "a number >= 0 or \"NaN\"", errNode);
        }
        String unit = Fields.text(metric, "scoreUnit", path + ".scoreUnit");
        return new Metric(score, error, unit, forks(metric, path));
    }

    /**
     * Per fork, per iteration: {@code rawData} [fork][iteration], or for SampleTime
     * {@code rawDataHistogram} [fork][iteration][[value, count]...] reduced to each iteration's mean.
     * Non-finite values are dropped.
     */
    private static List<double[]> forks(JsonNode metric, String path) throws BadField {
        List<double[]> out = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        JsonNode hist = metric.get("rawDataHistogram");
        if (raw != null && !raw.isNull()) {
            Fields.requireArray(raw, path + ".rawData");
            for (JsonNode fork : raw) {
                Fields.requireArray(fork, path + ".rawData[]");
                List<Double> values = new ArrayList<>();
                for (JsonNode v : fork) {
                    double d = Fields.number(v, path + ".rawData[][]");
                    if (Double.isFinite(d)) {
                        values.add(d);
                    }
                }
                out.add(values.stream().mapToDouble(Double::doubleValue).toArray());
            }
        } else if (hist != null && !hist.isNull()) {
            Fields.requireArray(hist, path + ".rawDataHistogram");
            for (JsonNode fork : hist) {
                Fields.requireArray(fork, path + ".rawDataHistogram[]");
                List<Double> means = new ArrayList<>();
                for (JsonNode iteration : fork) {
                    Fields.requireArray(iteration, path + ".rawDataHistogram[][]");
                    double mean = histogramMean(iteration, path);
                    if (Double.isFinite(mean)) {
                        means.add(mean);
                    }
                }
                out.add(means.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return out;
    }

    private static double histogramMean(JsonNode iteration, String path) throws BadField {
        double sum = 0;
        double count = 0;
        for (JsonNode pair : iteration) {
            if (!pair.isArray() || pair.size() != 2) {
                throw new BadField(path + ".rawDataHistogram[][][]", "a [value, count] pair", pair);
            }
            double v = Fields.number(pair.get(0), path + ".rawDataHistogram value");
            double c = Fields.number(pair.get(1), path + ".rawDataHistogram count");
            if (Double.isFinite(v) && Double.isFinite(c) && c > 0) {
                sum += v * c;
                count += c;
            }
        }
        return count > 0 ? sum / count : Double.NaN;
    }
}
