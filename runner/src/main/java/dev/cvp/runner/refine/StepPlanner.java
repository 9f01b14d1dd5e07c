package dev.cvp.runner.refine;

import dev.cvp.report.analysis.WideSpeedups;
import dev.cvp.report.load.JmhMeasurements;
import dev.cvp.runner.plan.ProfileFile;
import dev.cvp.runner.plan.RoundOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;

/**
 * Plans one step of extra rounds: which wide rows get more rounds now, grouped into as few JMH
 * invocations as their selections allow, within the time left.
 *
 * <ul>
 *   <li><b>How many rounds.</b> A row measured in one round gets two more, one in three gets one
 *       more: the report's intervals take the spread of the round means as their top level, so a
 *       second round alone would judge a row from 2 means (Student's t at 1 degree of freedom,
 *       12.7) and widen it; from three on, every round narrows it.</li>
 *   <li><b>Order.</b> Each round measures every core count, ascending in odd rounds and descending in
 *       even ones, as planned rounds do ({@link RoundOrder}), so the two sides of each speedup are
 *       measured minutes apart at most.</li>
 *   <li><b>Which rows.</b> In the order given (the refiner puts the wide rows the time left can
 *       bring to the target before those it cannot: {@link #reachable}); a row that does not fit in
 *       the time left is passed over for a cheaper one that does. Rows of one benchmark with the same parameters and number of rounds
 *       share invocations ({@code -p strategy=a,b}, or a regex naming several methods).</li>
 *   <li><b>Cost.</b> One invocation costs {@link #INVOCATION_SECONDS} (the JMH runner's JVM) plus,
 *       per row, what a row took per round at that core count in the planned rounds.</li>
 * </ul>
 */
public final class StepPlanner {

    /** What one JMH invocation costs beyond its rows: starting and stopping the runner JVM. */
    public static final double INVOCATION_SECONDS = 1.0;

    /** No row gets more rounds than a profile may plan. */
    public static final int MAX_ROUNDS = ProfileFile.MAX_ROUNDS;

    private StepPlanner() {
    }

    /**
     * A row's JMH selection split the way invocations share it: the benchmark (the method, when the
     * strategy is a parameter; else the class, whose methods are the strategies), the other
     * parameters, and the strategy.
     */
    private record Selection(String module, String benchmark, boolean strategyParam, Map<String, String> params,
                             String strategy) {

        static Selection of(WideSpeedups.Row row) {
            Map<String, String> params = new LinkedHashMap<>(row.params());
            String strategy = params.remove(JmhMeasurements.STRATEGY_PARAM);
            if (strategy != null) {
                return new Selection(row.module(), row.benchmark(), true, params, strategy);
            }
            int dot = row.benchmark().lastIndexOf('.');
            return new Selection(row.module(), row.benchmark().substring(0, dot), false, params,
                    row.benchmark().substring(dot + 1));
        }

        /** What rows that may share an invocation have in common: everything but the strategy. */
        String key() {
            return module + "|" + benchmark + "|" + strategyParam + "|" + params;
        }
    }

    /** Rows that share invocations: one benchmark (or a class's method strategies), one set of parameters. */
    private static final class Group {
        final String module;
        final String benchmark;
        final boolean strategyParam;
        final Map<String, String> params;
        final int rounds;
        /** For a replacement: the core count and the round it replaces; 0 and null for added rounds. */
        final int cores;
        final Integer replaces;
        final Set<String> strategies = new LinkedHashSet<>();

        Group(Selection s, int rounds, int cores, Integer replaces) {
            this.module = s.module();
            this.benchmark = s.benchmark();
            this.strategyParam = s.strategyParam();
            this.params = s.params();
            this.rounds = rounds;
            this.cores = cores;
            this.replaces = replaces;
        }

        List<String> regexes() {
            if (strategyParam) {
                return List.of("^" + quote(benchmark) + "$");
            }
            List<String> methods = strategies.stream().map(StepPlanner::quote).toList();
            return List.of("^" + quote(benchmark) + "\\." + (methods.size() == 1 ? methods.get(0)
                    : "(" + String.join("|", methods) + ")") + "$");
        }

        Map<String, List<String>> jmhParams() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            params.forEach((k, v) -> out.put(k, List.of(v)));
            if (strategyParam) {
                out.put(JmhMeasurements.STRATEGY_PARAM, List.copyOf(strategies));
            }
            return out;
        }

        String shown() {
            // "FibBenchmark.run" for a method with a strategy param, "SleepBenchmark" for a class of methods
            String[] parts = benchmark.split("\\.");
            int keep = Math.min(parts.length, strategyParam ? 2 : 1);
            StringBuilder b = new StringBuilder(String.join(".", List.of(parts).subList(parts.length - keep, parts.length)));
            params.forEach((k, v) -> b.append(' ').append(k).append('=').append(v));
            return b.append(": ").append(String.join(", ", strategies)).toString();
        }

        double cost(ToDoubleBiFunction<String, Integer> perRow, List<Integer> cores, int rows) {
            return rounds * roundSeconds(module, rows, cores, perRow);
        }
    }

    /**
     * @param rows        the wide rows, widest first
     * @param cores       the run's core counts, ascending
     * @param nextRound   module -> the first round number not used yet
     * @param perRow      (module, cores) -> seconds one row takes in one round at that core count
     * @param secondsLeft the budget left
     * @return the invocations of this step in the order to run them; empty when no row fits
     */
    public static List<ExtraRound> step(List<WideSpeedups.Row> rows, List<Integer> cores, Map<String, Integer> nextRound,
                                        ToDoubleBiFunction<String, Integer> perRow, double secondsLeft) {
        Map<String, Group> groups = new LinkedHashMap<>();
        double planned = 0;
        for (WideSpeedups.Row row : rows) {
            if (capped(row)) {
                continue;
            }
            int more = moreRounds(row);
            Selection sel = Selection.of(row);
            String key = sel.key() + "|" + more;
            Group g = groups.get(key);
            Group candidate = g != null ? g : new Group(sel, more, 0, null);
            double before = g == null ? 0 : g.cost(perRow, cores, g.strategies.size());
            double after = candidate.cost(perRow, cores, candidate.strategies.size() + 1);
            if (planned + after - before > secondsLeft) {
                continue;
            }
            candidate.strategies.add(sel.strategy());
            groups.putIfAbsent(key, candidate);
            planned += after - before;
        }
        Map<String, Integer> next = new HashMap<>(nextRound);
        List<ExtraRound> out = new ArrayList<>();
        for (Group g : groups.values()) {
            for (int r = 0; r < g.rounds; r++) {
                int round = next.getOrDefault(g.module, 2);
                next.put(g.module, round + 1);
                List<Integer> order = new ArrayList<>(cores);
                if (round % 2 == 0) {
                    order = order.reversed();
                }
                for (int k : order) {
                    out.add(new ExtraRound(g.module, k, round, g.regexes(), g.jmhParams(), g.shown(),
                            INVOCATION_SECONDS + g.strategies.size() * perRow.applyAsDouble(g.module, k), null));
                }
            }
        }
        return out;
    }

    /** Whether a row has as many rounds as a row may get ({@link #MAX_ROUNDS}): no step gives it more. */
    public static boolean capped(WideSpeedups.Row row) {
        return row.forks() + moreRounds(row) > MAX_ROUNDS;
    }

    /** The rounds a step gives a row: up to three, then one at a time. */
    private static int moreRounds(WideSpeedups.Row row) {
        return row.forks() < 3 ? 3 - row.forks() : 1;
    }

    /**
     * Invocations that measure again the results a slow or busy spell hit ({@link WideSpeedups#spellHits}):
     * each at the core count and in place of the round it was hit in, in the rows' order, as many as
     * fit in {@code secondsLeft}; rows of one benchmark, parameters, core count and round share one.
     */
    public static List<ExtraRound> replacements(List<WideSpeedups.Row> hits, Map<String, Integer> nextRound,
                                                ToDoubleBiFunction<String, Integer> perRow, double secondsLeft) {
        Map<String, Group> groups = new LinkedHashMap<>();
        double planned = 0;
        for (WideSpeedups.Row row : hits) {
            Selection sel = Selection.of(row);
            String key = sel.key() + "|" + row.cores() + "|" + row.round();
            Group g = groups.get(key);
            double cost = (g == null ? INVOCATION_SECONDS : 0) + perRow.applyAsDouble(row.module(), row.cores());
            if (planned + cost > secondsLeft) {
                continue;
            }
            Group added = g != null ? g : new Group(sel, 1, row.cores(), row.round());
            added.strategies.add(sel.strategy());
            groups.putIfAbsent(key, added);
            planned += cost;
        }
        Map<String, Integer> next = new HashMap<>(nextRound);
        List<ExtraRound> out = new ArrayList<>();
        for (Group g : groups.values()) {
            int round = next.getOrDefault(g.module, 2);
            next.put(g.module, round + 1);
            out.add(new ExtraRound(g.module, g.cores, round, g.regexes(), g.jmhParams(), g.shown(),
                    INVOCATION_SECONDS + g.strategies.size() * perRow.applyAsDouble(g.module, g.cores), g.replaces));
        }
        return out;
    }

    /**
     * The wide rows split by whether the time left can bring them to the target, each part in the
     * order given. A half-width shrinks about as one over the square root of the rounds, so a row at
     * ±{@code w} from {@code n} rounds needs about {@code n (w / target)^2} to reach ±{@code target};
     * a row whose need exceeds {@link #MAX_ROUNDS} or whose extra rounds cost more than
     * {@code secondsLeft} is beyond reach: the refiner gives it rounds only once nothing else is left
     * (a step takes every row that fits, so this cannot be left to the order). Rows from fewer than
     * three rounds count as reachable: their width does not yet include how JVMs differ, so it says
     * nothing about what more rounds will do. A row with one JVM far from the others (fib
     * {@code cooperative} at ±18% from nine rounds) would otherwise join every round and make each one
     * cost more, while the rows that a few rounds would settle (fib {@code fork-join} at ±3% from
     * eight) ran out of budget.
     */
    public static Reach reachable(List<WideSpeedups.Row> rows, double target, List<Integer> cores,
                                  ToDoubleBiFunction<String, Integer> perRow, double secondsLeft) {
        List<WideSpeedups.Row> reachable = new ArrayList<>();
        List<WideSpeedups.Row> beyond = new ArrayList<>();
        for (WideSpeedups.Row r : rows) {
            (reachable(r, target, cores, perRow, secondsLeft) ? reachable : beyond).add(r);
        }
        return new Reach(List.copyOf(reachable), List.copyOf(beyond));
    }

    /** The wide rows the time left can bring to the target, and those it cannot, each in the order given. */
    public record Reach(List<WideSpeedups.Row> reachable, List<WideSpeedups.Row> beyond) {
    }

    static boolean reachable(WideSpeedups.Row r, double target, List<Integer> cores,
                             ToDoubleBiFunction<String, Integer> perRow, double secondsLeft) {
        if (r.forks() < 3 || Double.isInfinite(r.widest()) || target <= 0 || r.widest() <= target) {
            return true;
        }
        double ratio = r.widest() / target;
        double need = Math.ceil(r.forks() * ratio * ratio);
        if (need > MAX_ROUNDS) {
            return false;
        }
        return (need - r.forks()) * roundSeconds(r.module(), 1, cores, perRow) <= secondsLeft;
    }

    /** What one round of {@code rows} rows of a module costs: an invocation per core count. */
    private static double roundSeconds(String module, int rows, List<Integer> cores,
                                       ToDoubleBiFunction<String, Integer> perRow) {
        double one = 0;
        for (int k : cores) {
            one += INVOCATION_SECONDS + rows * perRow.applyAsDouble(module, k);
        }
        return one;
    }

    /** A benchmark or method name as a regex that matches it literally. */
    static String quote(String name) {
        return name.replaceAll("([^\\w])", "\\\\$1");
    }
}
