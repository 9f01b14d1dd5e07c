package dev.cvp.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.cvp.support.CoreCountProfiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs a module's benchmarks through JMH's own {@link Runner}, in this JVM, over what the smoke
 * profile selects ({@code scripts/profiles/smoke.jmh} plus {@code <module>.smoke.jmh}, read the way
 * {@code bench.sh} reads them), with the smallest timing that still runs every trial's setup, one
 * measured iteration and its teardown: a JMH-level mistake (a state at the wrong scope, a parameter
 * value the registry rejects, a teardown that throws) fails the test instead of a benchmark run.
 * The core-count profiler runs in every trial, as in a real cell.
 *
 * @param module      the Maven module, e.g. {@code bench-io}: names its profile
 * @param packageName the module's benchmark package, e.g. {@code dev.cvp.io}: JMH sees every
 *                    benchmark list on the class path, and only this module's may run
 */
public record SmokeRun(String module, String packageName) {

    /** JMH's console output in these runs: SILENT unless this system property says NORMAL or EXTRA. */
    public static final String VERBOSITY = "cvp.jmh.verbosity";

    /** What {@code {tasks}} becomes: bench.sh passes 4 x the largest core count, at least 8. */
    public static final int TASKS = 8;

    /** The profile's JMH arguments: '#' starts a comment, {@code {tasks}} is {@link #TASKS}. */
    public static List<String> profileArguments(Path profiles, String module) throws IOException {
        List<String> args = new ArrayList<>();
        for (Path file : List.of(profiles.resolve("smoke.jmh"), profiles.resolve(module + ".smoke.jmh"))) {
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file)) {
                int comment = line.indexOf('#');
                String text = comment < 0 ? line : line.substring(0, comment);
                for (String word : text.trim().split("\\s+")) {
                    if (!word.isEmpty()) {
                        args.add(word.replace("{tasks}", Integer.toString(TASKS)));
                    }
                }
            }
        }
        return args;
    }

    /** scripts/profiles, found from the module's folder (surefire's working directory) upwards. */
    public static Path profilesFolder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path profiles = dir.resolve("scripts").resolve("profiles");
            if (Files.isRegularFile(profiles.resolve("smoke.jmh"))) {
                return profiles;
            }
        }
        throw new IllegalStateException("no scripts/profiles/smoke.jmh above " + Path.of("").toAbsolutePath());
    }

    /**
     * The module's smoke options, in process and tiny: no fork, no warmup, one short measured
     * iteration, stop at the first failure.
     */
    public ChainedOptionsBuilder options() throws IOException {
        return options(profileArguments(profilesFolder(), module));
    }

    /**
     * {@link #options()} for the benchmarks {@code include} finds instead of those the profile
     * selects, with {@code extra} JMH arguments after the profile's (e.g. {@code -p strategy=async}),
     * as {@code bench.sh ... -- extra} adds them.
     */
    public ChainedOptionsBuilder options(String include, String... extra) throws IOException {
        List<String> args = withoutPatterns(profileArguments(profilesFolder(), module));
        args.add(include);
        args.addAll(List.of(extra));
        return options(args);
    }

    /** The arguments without benchmark patterns: words that are neither an option nor an option's value. */
    static List<String> withoutPatterns(List<String> args) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            boolean optionValue = i > 0 && args.get(i - 1).startsWith("-");
            if (args.get(i).startsWith("-") || optionValue) {
                kept.add(args.get(i));
            }
        }
        return kept;
    }

    private ChainedOptionsBuilder options(List<String> args) {
        Options profile;
        try {
            profile = new CommandLineOptions(args.toArray(new String[0]));
        } catch (CommandLineOptionException e) {
            throw new IllegalStateException("the smoke profile of " + module + " is not valid JMH: " + e.getMessage(), e);
        }
        return new OptionsBuilder()
                .parent(profile)
                .exclude("^(?!" + Pattern.quote(packageName + ".") + ")")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(10))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.valueOf(System.getProperty(VERBOSITY, VerboseMode.SILENT.name())))
                .addProfiler(CoreCountProfiler.class, Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    /** Runs JMH with {@code options}. */
    public static Collection<RunResult> run(Options options) throws RunnerException {
        return new Runner(options).run();
    }

    /**
     * Runs what the smoke profile selects and fails unless JMH measured every selected benchmark
     * with each of its strategies, each under the core-count profiler.
     */
    public void assertEverySelectedBenchmarkRuns() throws IOException, RunnerException {
        Options options = options().build();
        Collection<RunResult> results = run(options);
        assertEquals(expected(options), measured(results), "benchmark and strategy pairs measured");
        assertEquals(List.of(), withoutCoreCount(results), "results without the core-count check");
    }

    /**
     * Runs the benchmarks {@code include} finds with {@code extra} arguments, which must fail the
     * run, and returns every message JMH reports for it.
     */
    public String failure(String include, String... extra) throws IOException {
        Options options = options(include, extra).build();
        return messages(assertThrows(RunnerException.class, () -> run(options), "the run should fail"));
    }

    /** {@code SimpleClass.method strategy} for every result: the strategy param, or the method name. */
    public static Set<String> measured(Collection<RunResult> results) {
        Set<String> pairs = new TreeSet<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String label = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
            String strategy = result.getParams().getParamsKeys().contains(StrategyParams.STRATEGY)
                    ? result.getParams().getParam(StrategyParams.STRATEGY) : method;
            pairs.add(label + " " + strategy);
        }
        return pairs;
    }

    /**
     * What {@code options} should measure, from the module's benchmark list: every listed method an
     * include pattern finds (all when there is none), with each of its strategies, or only those
     * of a {@code -p strategy=...} option.
     */
    public Set<String> expected(Options options) {
        List<Pattern> includes = options.getIncludes().stream().map(Pattern::compile).toList();
        Collection<String> forced = options.getParameter(StrategyParams.STRATEGY).orElse(null);
        Set<String> pairs = new TreeSet<>();
        for (BenchmarkStrategies b : StrategyParams.listed(packageName)) {
            if (!includes.isEmpty() && includes.stream().noneMatch(p -> p.matcher(b.jmhName()).find())) {
                continue;
            }
            Collection<String> strategies = b.fromParam() && forced != null ? forced : b.strategies();
            strategies.forEach(s -> pairs.add(b.label() + " " + s));
        }
        return pairs;
    }

    /** The score of {@code result}'s secondary result {@code name} (an {@code @AuxCounters} field), or NaN if it has none. */
    public static double secondary(RunResult result, String name) {
        var metric = result.getSecondaryResults().get(name);
        return metric == null ? Double.NaN : metric.getScore();
    }

    /** Benchmarks whose core-count metric is missing or not this JVM's processor count. */
    public static List<String> withoutCoreCount(Collection<RunResult> results) {
        int cpus = Runtime.getRuntime().availableProcessors();
        List<String> wrong = new ArrayList<>();
        for (RunResult result : results) {
            double seen = Double.NaN;
            for (String metric : result.getSecondaryResults().keySet()) {
                if (metric.endsWith(CoreCountProfiler.METRIC)) {
                    seen = result.getSecondaryResults().get(metric).getScore();
                }
            }
            if (seen != cpus) {
                wrong.add(result.getParams().id() + " cpus=" + seen);
            }
        }
        return wrong;
    }

    /**
     * The messages of {@code failure}, its causes and what they suppressed, one per line: JMH puts
     * the benchmark's own exception there ({@code RunnerException} caused by a
     * {@code BenchmarkException} that suppressed it).
     */
    public static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        appendMessages(failure, text, new HashSet<>());
        return text.toString();
    }

    private static void appendMessages(Throwable t, StringBuilder text, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        text.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append('\n');
        for (Throwable suppressed : t.getSuppressed()) {
            appendMessages(suppressed, text, seen);
        }
        appendMessages(t.getCause(), text, seen);
    }
}
