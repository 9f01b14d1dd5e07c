package dev.cvp.report.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cvp.report.model.Estimate;
import dev.cvp.report.model.Measurement;
import dev.cvp.report.model.Mode;
import dev.cvp.report.model.Problem;
import dev.cvp.report.model.WorkloadKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JMH JSON file ({@code -rf json}) result by result, so that a truncated or
 * malformed file still yields every result before the damage, and each bad result is named by
 * its index, line and field.
 */
public final class JmhResultReader {

    /** The parameter that names the strategy; absent means the method name stands for it. */
    public static final String STRATEGY_PARAM = "strategy";
    /** The secondary metric CoreCountProfiler adds; a cross-check, not a workload. */
    public static final String CPUS_METRIC = "cpus";

    /** What one file gave: its measurements and its problems. */
    public record Output(List<Measurement> measurements, List<Problem> problems) {
    }

    private final String module;
    private final int cores;
    private final String name;
    private final List<Measurement> measurements = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();

    private JmhResultReader(String module, int cores, String name) {
        this.module = module;
        this.cores = cores;
        this.name = name;
    }

    /**
     * @param file   the JMH JSON file
     * @param name   how messages name it (relative to the bundle)
     * @param module the module the results belong to (the file's base name)
     * @param cores  the core count of its {@code cores-<k>} folder
     */
    public static Output read(Path file, String name, String module, int cores) {
        JmhResultReader r = new JmhResultReader(module, cores, name);
        r.readFile(file);
        return new Output(List.copyOf(r.measurements), List.copyOf(r.problems));
    }

    private void readFile(Path file) {
        try {
            if (Files.size(file) == 0) {
                problem("empty file: the cell wrote no results (see the .log beside it)");
                return;
            }
        } catch (IOException e) {
            problem("cannot read: " + JsonErrors.firstLine(e.getMessage()));
            return;
        }
        int index = 0;
        try (JsonParser p = Json.MAPPER.createParser(file.toFile())) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                problem("not JMH JSON: expected a list of results [ ... ] at " + at(p.currentTokenLocation())
                        + ", found " + (first == null ? "nothing" : first.asString()));
                return;
            }
            while (true) {
                JsonToken t = p.nextToken();
                if (t == JsonToken.END_ARRAY) {
                    break;
                }
                index++;
                JsonLocation start = p.currentTokenLocation();
                JsonNode node = Json.MAPPER.readTree(p);
                convert(node, index, start);
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                problem("unexpected content after the list of results at " + at(p.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            problem("malformed JSON at " + JsonErrors.describe(e) + keptNote(index));
        } catch (IOException e) {
            problem("cannot read: " + JsonErrors.firstLine(e.getMessage()) + keptNote(index));
        }
    }

    private String keptNote(int index) {
        int kept = measurements.size();
        return index <= 1 && kept == 0 ? "" : "; the " + kept + " result(s) before it were kept";
    }

    private static String at(JsonLocation loc) {
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private void problem(String message) {
        problems.add(new Problem(name, message));
    }

    private void convert(JsonNode node, int index, JsonLocation start) {
        String where = "result #" + index + " (line " + start.getLineNr() + ")";
        try {
            if (node == null || !node.isObject()) {
                throw new Json.FieldException("expected an object, got " + Json.shown(node));
            }
            String benchmark = Json.text(node, "benchmark", "benchmark");
            where = "result #" + index + " (line " + start.getLineNr() + ", " + benchmark + ")";
            String modeText = Json.text(node, "mode", "mode");
            Mode mode = Mode.fromJmh(modeText).orElseThrow(() -> new Json.FieldException(
                    "field mode: expected one of thrpt, avgt, sample, ss, got \"" + modeText + "\""));
            Map<String, String> params = new LinkedHashMap<>();
            JsonNode paramsNode = node.get("params");
            if (paramsNode != null && !paramsNode.isNull()) {
                if (!paramsNode.isObject()) {
                    throw new Json.FieldException("params", "an object", paramsNode);
                }
                for (Map.Entry<String, JsonNode> e : paramsNode.properties()) {
                    params.put(e.getKey(), Json.scalar(e.getValue(), "params." + e.getKey()));
                }
            }
            String strategy = params.remove(STRATEGY_PARAM);
            String workloadName = benchmark;
            String method = methodName(benchmark);
            if (strategy == null) {
                // no strategy param: the method is the strategy and the class is the workload
                strategy = methodName(benchmark);
                workloadName = className(benchmark);
                method = null;
            }
            if (strategy.isBlank()) {
                throw new Json.FieldException("field params.strategy: expected a non-empty name, got \"\"");
            }
            Estimate primary = estimate(Json.object(node, "primaryMetric", "primaryMetric"), "primaryMetric", true);
            Map<String, Estimate> secondary = new LinkedHashMap<>();
            int observedCpus = -1;
            JsonNode sec = node.get("secondaryMetrics");
            if (sec != null && !sec.isNull()) {
                if (!sec.isObject()) {
                    throw new Json.FieldException("secondaryMetrics", "an object", sec);
                }
                for (Map.Entry<String, JsonNode> e : sec.properties()) {
                    String metric = e.getKey().startsWith("\u00b7") ? e.getKey().substring(1) : e.getKey();
                    String path = "secondaryMetrics." + e.getKey();
                    if (!e.getValue().isObject()) {
                        throw new Json.FieldException(path, "an object", e.getValue());
                    }
                    Estimate est = estimate(e.getValue(), path, false);
                    if (metric.equals(CPUS_METRIC)) {
                        observedCpus = (int) Math.round(est.score());
                    } else {
                        secondary.put(metric, est);
                    }
                }
            }
            if (observedCpus >= 0 && observedCpus != cores) {
                problem(where + ": ran on " + observedCpus + " CPU(s) (secondary metric cpus) but the file is under cores-"
                        + cores + "; left out");
                return;
            }
            int threads = node.path("threads").isInt() ? node.get("threads").asInt() : 1;
            String jvm = (node.path("vmName").asText("") + " " + node.path("vmVersion").asText("")).trim();
            WorkloadKey key = new WorkloadKey(module, workloadName, mode, params);
            measurements.add(new Measurement(key, strategy, cores, primary, secondary, name, observedCpus,
                    threads, node.path("jmhVersion").asText(""), jvm, method));
        } catch (Json.FieldException e) {
            problem(where + ": " + e.getMessage() + "; left out");
        }
    }

    private static String className(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        return dot <= 0 ? benchmark : benchmark.substring(0, dot);
    }

    private static String methodName(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        return dot < 0 ? benchmark : benchmark.substring(dot + 1);
    }

    private static Estimate estimate(JsonNode metric, String path, boolean primary) throws Json.FieldException {
        double score = Json.number(metric.get("score"), path + ".score");
        if (!Double.isFinite(score) || (primary && score <= 0)) {
            throw new Json.FieldException(path + ".score", primary ? "a finite number above 0" : "a finite number",
                    metric.get("score"));
        }
        JsonNode errNode = metric.get("scoreError");
        double error = errNode == null ? Double.NaN : Json.number(errNode, path + ".scoreError");
        if (Double.isInfinite(error) || error < 0) {
            throw new Json.FieldException(path + ".scoreError", "a number >= 0 or \"NaN\"", errNode);
        }
        String unit = Json.text(metric, "scoreUnit", path + ".scoreUnit");
        return new Estimate(score, error, unit, samples(metric, path));
    }

    /**
     * Per-iteration values over all forks: {@code rawData} [fork][iteration], or for SampleTime
     * {@code rawDataHistogram} [fork][iteration][[value, count]...] reduced to each iteration's mean.
     */
    private static double[] samples(JsonNode metric, String path) throws Json.FieldException {
        List<Double> out = new ArrayList<>();
        JsonNode raw = metric.get("rawData");
        JsonNode hist = metric.get("rawDataHistogram");
        if (raw != null && !raw.isNull()) {
            requireArray(raw, path + ".rawData");
            for (JsonNode fork : raw) {
                requireArray(fork, path + ".rawData[]");
                for (JsonNode v : fork) {
                    double d = Json.number(v, path + ".rawData[][]");
                    if (Double.isFinite(d)) {
                        out.add(d);
                    }
                }
            }
        } else if (hist != null && !hist.isNull()) {
            requireArray(hist, path + ".rawDataHistogram");
            for (JsonNode fork : hist) {
                requireArray(fork, path + ".rawDataHistogram[]");
                for (JsonNode iteration : fork) {
                    requireArray(iteration, path + ".rawDataHistogram[][]");
                    double sum = 0;
                    double count = 0;
                    for (JsonNode pair : iteration) {
                        if (!pair.isArray() || pair.size() != 2) {
                            throw new Json.FieldException(path + ".rawDataHistogram[][][]", "a [value, count] pair", pair);
                        }
                        double v = Json.number(pair.get(0), path + ".rawDataHistogram value");
                        double c = Json.number(pair.get(1), path + ".rawDataHistogram count");
                        if (Double.isFinite(v) && Double.isFinite(c) && c > 0) {
                            sum += v * c;
                            count += c;
                        }
                    }
                    if (count > 0) {
                        out.add(sum / count);
                    }
                }
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void requireArray(JsonNode node, String path) throws Json.FieldException {
        if (node == null || !node.isArray()) {
            throw new Json.FieldException(path, "a list", node);
        }
    }
}
