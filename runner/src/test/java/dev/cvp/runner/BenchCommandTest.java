package dev.cvp.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.runner.cell.Interrupts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Exit codes and messages of bad input, through {@code execute()}; nothing may be written. */
class BenchCommandTest {

    @TempDir
    Path results;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        RunnerEnv env = RunnerEnv.of(Path.of("..").toAbsolutePath().normalize(),
                Map.of("CVP_RESULTS_DIR", results.resolve("results").toString(), "PATH", System.getenv("PATH")));
        CommandLine cl = BenchCommand.commandLine(env, Interrupts.manual(), Clock.systemUTC());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--cores 0|--cores: 0 is not a core count; the smallest is 1",
        "--cores 999|--cores: 999 is more than the",
        "--cores x|--cores: 'x' is not a number; give core counts like 1,2,4",
        "--cores 1,,2|--cores: empty item in '1,,2'",
        "--modules nope|--modules: unknown module 'nope'; choose from cpu, io, process, python",
        "--profile nope|--profile: unknown profile 'nope'; choose from smoke, quick, full",
        "--label ../up|--label: '../up' cannot name a results folder",
        "--label a/b|--label: 'a/b' cannot name a results folder",
        "--label x..y|--label: 'x..y' cannot name a results folder",
        "--cores -1|--cores: '-1' is not a number",
        "--cores|Missing required parameter for option '--cores'",
        "--modules cpu -- -rff /tmp/x.json|the extra JMH options after --: JMH option -rff is set by the runner itself",
        "--cell-timeout soon|--cell-timeout: 'soon' is not a duration",
        "--budget later|--budget: 'later' is not a duration; use e.g. 0, 90s, 5m or 1h",
        "--budget 5x|--budget: '5x' is not a duration",
        "--resume x --budget 5m|--resume continues a run with the settings it started with; --budget cannot be given",
        "--force|--force only applies to --resume",
        "--nope|unknown argument '--nope' (JMH options go after --)",
        "stray|unknown argument 'stray' (JMH options go after --)",
        "--resume x --cores 1|--resume continues a run with the settings it started with; --cores cannot be given",
        "--modules cpu -- -rf csv|the extra JMH options after --: JMH option -rf is set by the runner itself",
        "--modules cpu -- -nope 3|JMH does not accept the options from",
    })
    void badInputIsOneLinePlusUsageAndExit2(String args, String message) {
        int rc = execute(args.split(" "));
        assertEquals(ExitCodes.USAGE, rc, err.toString());
        String first = err.toString().lines().findFirst().orElse("");
        assertTrue(first.startsWith("bench.sh: " + message), first);
        assertTrue(err.toString().contains("usage: scripts/bench.sh"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(results.resolve("results")), "nothing written");
    }

    @Test
    void helpPrintsTheUsageAndExits0() {
        assertEquals(0, execute("--help"));
        assertTrue(out.toString().contains("--resume DIR"), out.toString());
    }

    @Test
    void resumingSomethingThatIsNotABundleIsExit2() throws Exception {
        assertEquals(ExitCodes.USAGE, execute("--resume", results.resolve("absent").toString()));
        assertTrue(err.toString().contains("no such folder"), err.toString());
        Files.createDirectories(results.resolve("empty"));
        assertEquals(ExitCodes.USAGE, execute("--resume", results.resolve("empty").toString()));
        assertTrue(err.toString().contains("not a result bundle (it needs machine.json and run.json)"), err.toString());
    }
}
