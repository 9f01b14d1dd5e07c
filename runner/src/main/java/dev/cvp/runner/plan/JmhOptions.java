package dev.cvp.runner.plan;

import dev.cvp.runner.UsageException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The JMH options of a module's cells, from the common profile, the module's profile and the
 * options after {@code --}, in that order:
 * <ul>
 *   <li>JMH refuses an option given twice, so a later option replaces an earlier one; {@code -p}
 *       and {@code -prof} are keyed by parameter and profiler name, and positional arguments
 *       (benchmark regexes) are all kept;</li>
 *   <li>every {@code -jvmArgsAppend} value is merged into one (some JMH versions keep only one);</li>
 *   <li>options the runner sets itself ({@code -rf -rff -o} and the listings) are refused.</li>
 * </ul>
 * The result is checked with JMH's own parser, so an unknown option fails before any cell runs.
 *
 * @param args          the arguments without {@code -jvmArgsAppend}
 * @param jvmArgsAppend the merged {@code -jvmArgsAppend} value ("" when none)
 */
public record JmhOptions(List<String> args, String jvmArgsAppend) {

    /** Options the runner sets for every cell. */
    public static final Set<String> RESERVED = Set.of("-rf", "-rff", "-o", "-h", "-l", "-lp", "-lrf", "-lprof");

    /** The per-fork core-count check every cell runs with ({@code -prof PROFILER:k}). */
    public static final String PROFILER = "dev.cvp.support.CoreCountProfiler";

    /** The profiler that records when each iteration ran, for the report's slow-spell check. */
    public static final String TIMES_PROFILER = "dev.cvp.support.IterationTimesProfiler";

    /** The profiler that records how many CPUs each iteration kept busy, for the report's stray JVMs. */
    public static final String BUSY_PROFILER = "dev.cvp.support.BusyCpusProfiler";

    private static final Set<String> APPEND = Set.of("-jvmArgsAppend", "--jvmArgsAppend");

    /** One group of arguments and where it came from (for messages). */
    public record Source(String what, List<String> tokens) {
    }

    /**
     * @param tasks the value of {@code {tasks}}
     */
    public static JmhOptions resolve(List<Source> sources, int tasks) throws UsageException {
        List<String> args = new ArrayList<>();
        StringBuilder append = new StringBuilder();
        for (Source s : sources) {
            List<String> t = s.tokens().stream().map(x -> x.replace("{tasks}", Integer.toString(tasks))).toList();
            for (int i = 0; i < t.size(); i++) {
                String token = t.get(i);
                if (APPEND.contains(token)) {
                    if (i + 1 >= t.size()) {
                        throw new UsageException(s.what() + ": " + token + " needs a value");
                    }
                    append.append(append.isEmpty() ? "" : " ").append(t.get(++i));
                    continue;
                }
                if (RESERVED.contains(token) || RESERVED.contains(token.replaceFirst("^--", "-"))) {
                    throw new UsageException(s.what() + ": JMH option " + token
                            + " is set by the runner itself (results and logs go into the bundle); remove it");
                }
                args.add(token);
            }
        }
        JmhOptions out = new JmhOptions(lastOptionWins(args), append.toString());
        out.check(sources.stream().map(Source::what).toList());
        return out;
    }

    /** A later option replaces an earlier one; see the class comment. */
    static List<String> lastOptionWins(List<String> args) {
        record Entry(String key, List<String> tokens) {
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            if (token.startsWith("-") && i + 1 < args.size()) {
                String value = args.get(i + 1);
                String key = switch (token) {
                    case "-p" -> "-p " + value.split("=", 2)[0];
                    case "-prof" -> "-prof " + value.split(":", 2)[0];
                    default -> token;
                };
                entries.add(new Entry(key, List.of(token, value)));
                i++;
            } else {
                entries.add(new Entry("positional " + i, List.of(token)));
            }
        }
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            last.put(entries.get(i).key(), i);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (last.get(entries.get(i).key()) == i) {
                out.addAll(entries.get(i).tokens());
            }
        }
        return List.copyOf(out);
    }

    /**
     * These options measuring only {@code regexes} with {@code params} (name -> values): the
     * benchmark regexes and {@code -p} options of the profile and of {@code --} are replaced, every
     * other option (iterations, warm-up, forks, profilers) is kept. For an extra round, which
     * measures some rows of a module again exactly as the planned rounds did.
     */
    public JmhOptions selecting(List<String> regexes, Map<String, List<String>> params) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String token = args.get(i);
            if (token.startsWith("-") && i + 1 < args.size()) {
                if (!token.equals("-p")) {
                    out.add(token);
                    out.add(args.get(i + 1));
                }
                i++;
            }
        }
        params.forEach((name, values) -> {
            out.add("-p");
            out.add(name + "=" + String.join(",", values));
        });
        out.addAll(regexes);
        return new JmhOptions(List.copyOf(out), jvmArgsAppend);
    }

    /**
     * The cell's full JMH argument list: these options, the core-count check, the iteration times,
     * one merged append, the result file.
     */
    public List<String> forCell(int cores, String resultFile) {
        return forCell(cores, resultFile, "");
    }

    /**
     * The same, with the runner's own flags for the forks ({@code forkFlags}, "" for none) at the
     * end of the merged append.
     */
    public List<String> forCell(int cores, String resultFile, String forkFlags) {
        List<String> out = new ArrayList<>(args);
        out.add("-prof");
        out.add(PROFILER + ":" + cores);
        out.add("-prof");
        out.add(TIMES_PROFILER);
        out.add("-prof");
        out.add(BUSY_PROFILER);
        out.add("-jvmArgsAppend");
        out.add((jvmArgsAppend.isEmpty() ? "" : jvmArgsAppend + " ") + "-XX:ActiveProcessorCount=" + cores
                + (forkFlags.isEmpty() ? "" : " " + forkFlags));
        out.add("-rf");
        out.add("json");
        out.add("-rff");
        out.add(resultFile);
        return out;
    }

    private void check(List<String> from) throws UsageException {
        try {
            new CommandLineOptions(forCell(1, "check.json").toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UsageException("JMH does not accept the options from " + String.join(", ", from) + ": "
                    + e.getMessage().lines().findFirst().orElse("").strip());
        }
    }
}
