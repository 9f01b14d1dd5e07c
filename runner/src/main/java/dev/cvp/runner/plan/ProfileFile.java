package dev.cvp.runner.plan;

import dev.cvp.runner.RunnerException;
import dev.cvp.runner.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One profile file ({@code <profile>.jmh} or {@code <module>.<profile>.jmh}): JMH arguments
 * separated by white space, {@code #} starting a comment, and the directives
 * {@code #! cell-timeout=45m} (seconds, or s/m/h), {@code #! rounds=2} (how many rounds each
 * cell is measured in, each its own JMH invocation with these options, 1 to {@value #MAX_ROUNDS})
 * {@code #! expect=90s} (what one round of a cell took on a 2-core machine: the time-left
 * estimate before the module's first cell has run), and, read from the common profile only,
 * {@code #! budget=40s} or {@code #! budget=50%} (time for extra rounds of the rows whose speedup
 * intervals are still wide, see {@link Refinement}), {@code #! target=10%} (how narrow is
 * narrow enough; {@value Refinement#DEFAULT_TARGET} unless given) and {@code #! deadline=9m} (extra
 * rounds end by the time the run has taken this long since it started).
 *
 * @param tokens      the JMH arguments in file order, {@code {tasks}} not yet replaced
 * @param cellTimeout the cell-timeout directive's value in seconds, if the file has one
 * @param rounds      the rounds directive's value, if the file has one
 * @param expect      the expect directive's value in seconds, if the file has one
 * @param refinement  the budget directive (with the target directive's value), if the file has one
 */
public record ProfileFile(Path path, List<String> tokens, OptionalLong cellTimeout, OptionalInt rounds,
                          OptionalLong expect, Optional<Refinement> refinement) {

    /** The most rounds a profile may ask for. */
    public static final int MAX_ROUNDS = 20;

    private static final Pattern DIRECTIVE = Pattern.compile("\\s*#!\\s*([a-z-]+)\\s*=\\s*(\\S*).*");
    private static final String KNOWN = "cell-timeout, rounds, expect, budget, target, deadline";

    public static ProfileFile read(Path file) throws RunnerException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.FAILED, file + ": cannot read the profile: " + e.getMessage());
        }
        List<String> tokens = new ArrayList<>();
        OptionalLong timeout = OptionalLong.empty();
        OptionalInt rounds = OptionalInt.empty();
        OptionalLong expect = OptionalLong.empty();
        Optional<Refinement> budget = Optional.empty();
        OptionalDouble target = OptionalDouble.empty();
        OptionalLong deadline = OptionalLong.empty();
        for (String line : lines) {
            Matcher d = DIRECTIVE.matcher(line);
            if (d.matches()) {
                switch (d.group(1)) {
                    case "cell-timeout" -> timeout = duration(file, "cell-timeout", d.group(2), "900, 15m, 2h");
                    case "rounds" -> rounds = OptionalInt.of(rounds(file, d.group(2)));
                    case "expect" -> expect = duration(file, "expect", d.group(2), "90s, 2m");
                    case "budget" -> budget = Optional.of(Refinement.parseBudget(d.group(2)).orElseThrow(() ->
                            new RunnerException(ExitCodes.FAILED, file + ": budget '" + d.group(2)
                                    + "' is neither a duration nor a share of the planned time (e.g. 40s, 2m, 50%)")));
                    case "target" -> target = OptionalDouble.of(Refinement.parsePercent(d.group(2)).orElseThrow(() ->
                            new RunnerException(ExitCodes.FAILED, file + ": target '" + d.group(2)
                                    + "' is not a percentage below 100% (e.g. 10%, 2.5%)")));
                    case "deadline" -> deadline = duration(file, "deadline", d.group(2), "9m, 600s");
                    default -> throw new RunnerException(ExitCodes.FAILED, file + ": unknown directive '#! "
                            + d.group(1) + "'; known: " + KNOWN);
                }
                continue;
            }
            int hash = line.indexOf('#');
            String body = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!body.isEmpty()) {
                tokens.addAll(List.of(body.split("\\s+")));
            }
        }
        if (target.isPresent() && budget.isEmpty()) {
            throw new RunnerException(ExitCodes.FAILED, file + ": '#! target' needs a '#! budget' (the time extra rounds"
                    + " may take to reach it), e.g. #! budget=40s");
        }
        if (deadline.isPresent() && budget.isEmpty()) {
            throw new RunnerException(ExitCodes.FAILED, file + ": '#! deadline' needs a '#! budget' (the time extra rounds"
                    + " may take before it), e.g. #! budget=2m");
        }
        double t = target.orElse(Refinement.DEFAULT_TARGET);
        long end = deadline.orElse(0);
        return new ProfileFile(file, List.copyOf(tokens), timeout, rounds, expect,
                budget.map(b -> b.withTarget(t).withDeadline(end)));
    }

    private static OptionalLong duration(Path file, String directive, String text, String examples)
            throws RunnerException {
        OptionalLong seconds = Durations.parseSeconds(text);
        if (seconds.isEmpty()) {
            throw new RunnerException(ExitCodes.FAILED, file + ": " + directive + " '" + text
                    + "' is not a duration (e.g. " + examples + ")");
        }
        return seconds;
    }

    private static int rounds(Path file, String text) throws RunnerException {
        if (text.matches("\\d{1,3}")) {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= MAX_ROUNDS) {
                return n;
            }
        }
        throw new RunnerException(ExitCodes.FAILED, file + ": rounds '" + text + "' is not a whole number from 1 to "
                + MAX_ROUNDS + " (e.g. #! rounds=2)");
    }
}
