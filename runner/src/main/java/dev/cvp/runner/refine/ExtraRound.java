package dev.cvp.runner.refine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One extra JMH invocation: some rows of a module measured again at one core count, in a round of
 * their own (its own result file, its own CPUs, like a planned round).
 *
 * @param regexes       the JMH benchmark regexes that select the rows
 * @param params        the {@code -p} options: parameter name -> values
 * @param shown         "FibBenchmark.run tasks=8: gil, sequential", for progress lines
 * @param expectSeconds what it should take, from the planned rounds
 * @param replaces      the round whose results for these rows it measures again, because a slow spell
 *                      hit them (the report then leaves those out); null when it adds a round
 */
public record ExtraRound(String module, int cores, int round, List<String> regexes, Map<String, List<String>> params,
                         String shown, double expectSeconds, Integer replaces) {

    public ExtraRound {
        regexes = List.copyOf(regexes);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /** The regexes and {@code -p} options as one line: run.json's {@code selection}. */
    public String selection() {
        List<String> parts = new ArrayList<>(regexes);
        params.forEach((name, values) -> parts.add("-p " + name + "=" + String.join(",", values)));
        return String.join(" ", parts);
    }
}
