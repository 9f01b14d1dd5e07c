package dev.cvp.runner.plan;

import dev.cvp.runner.RunnerException;
import dev.cvp.runner.ExitCodes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One profile file ({@code <profile>.jmh} or {@code <module>.<profile>.jmh}): JMH arguments
 * separated by white space, {@code #} starting a comment, and the directive
 * {@code #! cell-timeout=45m} (seconds, or s/m/h).
 *
 * @param tokens      the JMH arguments in file order, {@code {tasks}} not yet replaced
 * @param cellTimeout the directive's value in seconds, if the file has one
 */
public record ProfileFile(Path path, List<String> tokens, OptionalLong cellTimeout) {

    private static final Pattern DIRECTIVE = Pattern.compile("\\s*#!\\s*([a-z-]+)\\s*=\\s*(\\S*).*");

    public static ProfileFile read(Path file) throws RunnerException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RunnerException(ExitCodes.FAILED, file + ": cannot read the profile: " + e.getMessage());
        }
        List<String> tokens = new ArrayList<>();
        OptionalLong timeout = OptionalLong.empty();
        for (String line : lines) {
            Matcher d = DIRECTIVE.matcher(line);
            if (d.matches()) {
                if (!d.group(1).equals("cell-timeout")) {
                    throw new RunnerException(ExitCodes.FAILED, file + ": unknown directive '#! " + d.group(1)
                            + "'; known: cell-timeout");
                }
                timeout = Durations.parseSeconds(d.group(2));
                if (timeout.isEmpty()) {
                    throw new RunnerException(ExitCodes.FAILED, file + ": cell-timeout '" + d.group(2)
                            + "' is not a duration (e.g. 900, 15m, 2h)");
                }
                continue;
            }
            int hash = line.indexOf('#');
            String body = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!body.isEmpty()) {
                tokens.addAll(List.of(body.split("\\s+")));
            }
        }
        return new ProfileFile(file, List.copyOf(tokens), timeout);
    }
}
