package dev.cvp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes JMH JSON in the exact shape JMH 1.37 writes with -rf json (field order, "NaN" as a
 * string, rawData per fork, the harness's cpus secondary metric), so tests read what real
 * runs produce. One {@link Result} per benchmark/params/mode.
 */
final class JmhJson {

    /** A benchmark result; build with {@link #result}. */
    static final class Result {
        String benchmark = "dev.cvp.cpu.KernelBenchmark.run";
        String mode = "avgt";
        Map<String, String> params = new LinkedHashMap<>();
        double score;
        double error = Double.NaN;
        String unit = "ms/op";
        double[] raw;
        double[][] forks;
        int cpus = -1;
        Map<String, double[][]> secondary = new LinkedHashMap<>();
        Map<String, String> secondaryUnits = new LinkedHashMap<>();

        Result benchmark(String b) {
            benchmark = b;
            return this;
        }

        Result mode(String m) {
            mode = m;
            return this;
        }

        Result param(String k, String v) {
            params.put(k, v);
            return this;
        }

        Result strategy(String s) {
            return param("strategy", s);
        }

        /** Score, error and the raw samples (score must be their mean for realism, not enforced). */
        Result score(double s, double e, double... rawSamples) {
            score = s;
            error = e;
            raw = rawSamples.length == 0 ? new double[] {s} : rawSamples;
            forks = new double[][] {raw};
            return this;
        }

        /** Raw data of several forks (rawData's inner lists); the score is the mean of every iteration. */
        Result forks(double[]... perFork) {
            forks = perFork;
            raw = Arrays.stream(perFork).flatMapToDouble(Arrays::stream).toArray();
            score = Arrays.stream(raw).average().orElse(Double.NaN);
            error = Double.NaN;
            return this;
        }

        Result unit(String u) {
            unit = u;
            return this;
        }

        Result cpus(int c) {
            cpus = c;
            return this;
        }

        Result secondary(String name, String unit, double... values) {
            return secondaryForks(name, unit, new double[][] {values});
        }

        /** A secondary metric with raw data per fork, as a profiler's is. */
        Result secondaryForks(String name, String unit, double[][] forks) {
            secondary.put(name, forks);
            secondaryUnits.put(name, unit);
            return this;
        }

        /** An @AuxCounters(EVENTS) metric: JMH's score is the sum over iterations, unit "#". */
        Result events(String name, double... perIteration) {
            secondary.put(name, new double[][] {perIteration});
            secondaryUnits.put(name, "#");
            sums.add(name);
            return this;
        }

        java.util.Set<String> sums = new java.util.HashSet<>();
    }

    private JmhJson() {
    }

    static Result result() {
        return new Result();
    }

    /** A kernel result with realistic samples: three iterations around the score. */
    static Result kernel(String kernel, String strategy, int cores, double score, double error) {
        return result().param("kernel", kernel).strategy(strategy).param("tasks", "8")
                .score(score, error, score * 0.99, score, score * 1.01).cpus(cores);
    }

    static String render(List<Result> results) {
        List<String> items = new ArrayList<>();
        for (Result r : results) {
            items.add(item(r));
        }
        return "[\n" + String.join(",\n", items) + "\n]\n";
    }

    private static String item(Result r) {
        StringBuilder b = new StringBuilder();
        b.append("    {\n");
        b.append("        \"jmhVersion\" : \"1.37\",\n");
        b.append("        \"benchmark\" : ").append(str(r.benchmark)).append(",\n");
        b.append("        \"mode\" : ").append(str(r.mode)).append(",\n");
        b.append("        \"threads\" : 1,\n        \"forks\" : ").append(r.forks.length).append(",\n");
        b.append("        \"jvm\" : \"/usr/lib/jvm/temurin-25-jdk-amd64/bin/java\",\n");
        b.append("        \"jvmArgs\" : [\n            \"-XX:ActiveProcessorCount=2\"\n        ],\n");
        b.append("        \"jdkVersion\" : \"25.0.3\",\n        \"vmName\" : \"OpenJDK 64-Bit Server VM\",\n");
        b.append("        \"vmVersion\" : \"25.0.3+9-LTS\",\n");
        b.append("        \"warmupIterations\" : 1,\n        \"warmupTime\" : \"1 s\",\n        \"warmupBatchSize\" : 1,\n");
        b.append("        \"measurementIterations\" : ").append(r.forks[0].length).append(",\n");
        b.append("        \"measurementTime\" : \"1 s\",\n        \"measurementBatchSize\" : 1,\n");
        if (!r.params.isEmpty()) {
            b.append("        \"params\" : {\n");
            b.append(r.params.entrySet().stream().map(e -> "            " + str(e.getKey()) + " : " + str(e.getValue()))
                    .collect(Collectors.joining(",\n")));
            b.append("\n        },\n");
        }
        b.append("        \"primaryMetric\" : ").append(metric(r.score, r.error, r.unit, r.forks, "        "));
        b.append(",\n        \"secondaryMetrics\" : {\n");
        List<String> sec = new ArrayList<>();
        if (r.cpus >= 0) {
            double[][] cpus = Arrays.stream(r.forks).map(f -> repeat(r.cpus, f.length)).toArray(double[][]::new);
            sec.add("            \"cpus\" : " + metric(r.cpus, Double.NaN, "#", cpus, "            "));
        }
        for (Map.Entry<String, double[][]> e : r.secondary.entrySet()) {
            double[] all = Arrays.stream(e.getValue()).flatMapToDouble(Arrays::stream).toArray();
            double mean = r.sums.contains(e.getKey()) ? Arrays.stream(all).sum() : Arrays.stream(all).average().orElse(0);
            sec.add("            " + str(e.getKey()) + " : "
                    + metric(mean, Double.NaN, r.secondaryUnits.get(e.getKey()), e.getValue(), "            "));
        }
        b.append(String.join(",\n", sec)).append("\n        }\n    }");
        return b.toString();
    }

    private static double[] repeat(double v, int n) {
        double[] out = new double[n];
        Arrays.fill(out, v);
        return out;
    }

    private static String metric(double score, double error, String unit, double[][] forks, String indent) {
        String in = indent + "    ";
        double[] raw = Arrays.stream(forks).flatMapToDouble(Arrays::stream).toArray();
        double min = Arrays.stream(raw).min().orElse(score);
        double max = Arrays.stream(raw).max().orElse(score);
        List<String> lists = new ArrayList<>();
        for (double[] fork : forks) {
            lists.add(in + "    [\n" + Arrays.stream(fork).mapToObj(v -> in + "        " + num(v))
                    .collect(Collectors.joining(",\n")) + "\n" + in + "    ]");
        }
        return "{\n"
                + in + "\"score\" : " + num(score) + ",\n"
                + in + "\"scoreError\" : " + num(error) + ",\n"
                + in + "\"scoreConfidence\" : [\n" + in + "    " + num(score - error) + ",\n" + in + "    "
                + num(score + error) + "\n" + in + "],\n"
                + in + "\"scorePercentiles\" : {\n" + in + "    \"0.0\" : " + num(min) + ",\n" + in
                + "    \"50.0\" : " + num(score) + ",\n" + in + "    \"100.0\" : " + num(max) + "\n" + in + "},\n"
                + in + "\"scoreUnit\" : " + str(unit) + ",\n"
                + in + "\"rawData\" : [\n" + String.join(",\n", lists) + "\n" + in + "]\n"
                + indent + "}";
    }

    static String num(double v) {
        return Double.isNaN(v) ? "\"NaN\"" : String.format(Locale.ROOT, "%s", v);
    }

    static String str(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
