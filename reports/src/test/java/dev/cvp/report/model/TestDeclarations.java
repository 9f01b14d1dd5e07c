package dev.cvp.report.model;

import dev.cvp.bundle.FormatVersion;
import dev.cvp.bundle.declare.Declaration;
import dev.cvp.bundle.declare.Declarations;
import dev.cvp.bundle.declare.Example;
import dev.cvp.bundle.declare.Figure;
import dev.cvp.bundle.declare.Lesson;
import dev.cvp.bundle.declare.MetricKind;
import dev.cvp.bundle.declare.ParamMeaning;
import dev.cvp.bundle.declare.Role;
import dev.cvp.bundle.declare.StrategyRole;
import dev.cvp.bundle.declare.Worker;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Declarations for tests, built fluently: {@code declare("bench-io", "x.SleepBenchmark.run").lesson(...)...}. */
public final class TestDeclarations {

    private final String module;
    private final String benchmark;
    private String title;
    private Lesson lesson = Lesson.PARALLELISM;
    private MetricKind metric = MetricKind.JOB_TIME;
    private String runtime = "Java";
    private String family = "";
    private final List<Example> examples = new ArrayList<>();
    private final Map<String, String> exampleParams = new LinkedHashMap<>();
    private final Map<String, StrategyRole> strategies = new LinkedHashMap<>();
    private final Map<String, ParamMeaning> params = new LinkedHashMap<>();
    private boolean perTask;
    private final List<Figure> figures = new ArrayList<>();

    private TestDeclarations(String module, String benchmark) {
        this.module = module;
        this.benchmark = benchmark;
        this.title = benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    public static TestDeclarations declare(String module, String benchmark) {
        return new TestDeclarations(module, benchmark);
    }

    public static Meanings meanings(Declaration... ds) {
        return new Meanings(new Declarations(FormatVersion.CURRENT, List.of(ds)));
    }

    public TestDeclarations title(String t) {
        title = t;
        return this;
    }

    public TestDeclarations lesson(Lesson l) {
        lesson = l;
        return this;
    }

    public TestDeclarations metric(MetricKind m) {
        metric = m;
        return this;
    }

    public TestDeclarations runtime(String r) {
        runtime = r;
        return this;
    }

    public TestDeclarations family(String f) {
        family = f;
        return this;
    }

    public TestDeclarations example(Example e, String... nameValue) {
        examples.add(e);
        for (int i = 0; i + 1 < nameValue.length; i += 2) {
            exampleParams.put(nameValue[i], nameValue[i + 1]);
        }
        return this;
    }

    public TestDeclarations role(String strategy, Role role, Worker worker) {
        strategies.put(strategy, new StrategyRole(role, worker, ""));
        return this;
    }

    public TestDeclarations param(String name, ParamMeaning meaning) {
        params.put(name, meaning);
        return this;
    }

    public TestDeclarations perTaskBaseline() {
        perTask = true;
        return this;
    }

    public TestDeclarations figure(String metricName, MetricKind kind, String label, String per) {
        return figure(metricName, kind, label, per, "");
    }

    /** A figure with its declared unit (for a counter that holds, say, a latency in us/op). */
    public TestDeclarations figure(String metricName, MetricKind kind, String label, String per, String unit) {
        figures.add(new Figure(metricName, kind, label, per, unit));
        return this;
    }

    public Declaration build() {
        return new Declaration(module, benchmark, title, lesson, title + " does its work.", metric, runtime, family,
                examples, exampleParams, strategies, params, perTask, figures);
    }
}
