package dev.cvp.runner.cell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What JMH's console output says failed. With {@code -foe false} JMH keeps going after a
 * benchmark error or a dead fork and exits 0; the only trace is in its output, so this is how
 * such a cell is recognised.
 *
 * @param failed   benchmarks (with their parameters) that failed
 * @param total    benchmark runs JMH started ({@code # Benchmark:} lines)
 * @param forkExit the exit code of the first forked JVM that died, or null
 * @param first    the first failure, "benchmark params: what", or null
 */
public record JmhLog(int failed, int total, Integer forkExit, String first) {

    public static JmhLog read(Path log) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new JmhLog(0, 0, null, null);
        }
        return parse(lines);
    }

    static JmhLog parse(List<String> lines) {
        String bench = "";
        String params = "";
        int total = 0;
        Integer forkExit = null;
        String first = null;
        Set<String> failed = new LinkedHashSet<>();
        boolean waiting = false;
        for (String line : lines) {
            String what = null;
            if (line.startsWith("# Benchmark: ")) {
                bench = line.substring("# Benchmark: ".length());
                params = "";
                total++;
                continue;
            } else if (line.startsWith("# Parameters: ")) {
                params = line.substring("# Parameters: ".length());
                continue;
            } else if (line.matches(".*<forked VM failed with exit code -?\\d+>.*")) {
                String code = line.replaceAll(".*exit code (-?\\d+)>.*", "$1");
                if (forkExit == null) {
                    forkExit = Integer.parseInt(code);
                }
                what = "the forked JVM exited with code " + code;
            } else if (line.contains("<binary link had failed")) {
                what = "lost contact with the forked JVM";
            } else if (line.contains("<failure>")) {
                waiting = true;
                continue;
            } else if (waiting && !line.isBlank()) {
                waiting = false;
                what = line.strip();
            }
            if (what != null) {
                failed.add(bench + " " + params);
                if (first == null) {
                    first = bench + (params.isEmpty() ? "" : " " + params) + ": " + what;
                }
            }
        }
        return new JmhLog(failed.size(), total, forkExit, first);
    }

    /** The most telling line of a log whose runner exited non-zero. */
    public static String errorLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            String line = lines.stream().filter(l -> l.matches("^(ERROR|Error|Exception|Caused by).*")
                    || l.contains("No space left") || l.matches(".*[A-Za-z.]+(Exception|Error): .*")).findFirst()
                    .orElse(lines.stream().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output"));
            return oneLine(line, 300);
        } catch (IOException e) {
            return "no log";
        }
    }

    /** The last {@code n} lines before JMH's closing boilerplate ("# Run complete."). */
    public static String tail(Path log, int n) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            int end = lines.size();
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("# Run complete.")) {
                    end = i;
                    break;
                }
            }
            return String.join("\n", lines.subList(Math.max(0, end - n), end));
        } catch (IOException e) {
            return null;
        }
    }

    static String oneLine(String text, int max) {
        String s = text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        return s.length() > max ? s.substring(0, max) : s;
    }
}
