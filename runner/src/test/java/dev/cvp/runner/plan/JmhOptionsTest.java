package dev.cvp.runner.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.runner.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class JmhOptionsTest {

    private static JmhOptions resolve(List<String> common, List<String> module, List<String> extra) throws UsageException {
        return JmhOptions.resolve(List.of(new JmhOptions.Source("common", common), new JmhOptions.Source("module", module),
                new JmhOptions.Source("extra", extra)), 8);
    }

    @Test
    void aLaterOptionReplacesAnEarlierOneAndRegexesAreKept() throws Exception {
        JmhOptions o = resolve(List.of("-f", "1", "-i", "3", "-p", "tasks={tasks}", "-p", "size=1"),
                List.of("-i", "5", "Fib"), List.of("-p", "tasks=64", "Prime"));
        assertEquals(List.of("-f", "1", "-p", "size=1", "-i", "5", "Fib", "-p", "tasks=64", "Prime"), o.args());
    }

    @Test
    void anExtraRoundsSelectionReplacesTheRegexesAndParamsAndKeepsTheRest() throws Exception {
        JmhOptions o = resolve(List.of("-f", "1", "-i", "6", "-p", "tasks={tasks}"),
                List.of("Fib", "Ticker", "-p", "granularity=10,10000", "-wi", "1"), List.of("-jvmArgsAppend", "-Da=b"));
        JmhOptions selected = o.selecting(List.of("^a\\.B\\.run$"),
                new java.util.LinkedHashMap<>(java.util.Map.of("strategy", List.of("gil", "sequential"))));
        assertEquals(List.of("-f", "1", "-i", "6", "-wi", "1", "-p", "strategy=gil,sequential", "^a\\.B\\.run$"),
                selected.args());
        assertEquals("-Da=b", selected.jvmArgsAppend());
        new org.openjdk.jmh.runner.options.CommandLineOptions(selected.forCell(1, "x.json").toArray(String[]::new));
    }

    @Test
    void everyJvmArgsAppendIsMergedIntoOne() throws Exception {
        JmhOptions o = resolve(List.of("-jvmArgsAppend", "-Xmx1g"), List.of(), List.of("-jvmArgsAppend", "-Da=b"));
        assertEquals("-Xmx1g -Da=b", o.jvmArgsAppend());
        List<String> cell = o.forCell(2, "out.json");
        assertEquals(1, cell.stream().filter("-jvmArgsAppend"::equals).count());
        assertTrue(cell.contains("-Xmx1g -Da=b -XX:ActiveProcessorCount=2"), cell.toString());
        assertTrue(cell.contains(JmhOptions.PROFILER + ":2"), cell.toString());
        assertTrue(cell.contains(JmhOptions.TIMES_PROFILER), "every cell records its iterations' times: " + cell);
        assertTrue(cell.contains(JmhOptions.BUSY_PROFILER), "every cell records its iterations' busy CPUs: " + cell);
    }

    @Test
    void theRunnersForkFlagsCloseTheOneAppendAndJmhAcceptsThem() throws Exception {
        JmhOptions o = resolve(List.of("-jvmArgsAppend", "-Xmx1g"), List.of(), List.of());
        List<String> cell = o.forCell(1, "out.json", "-XX:SharedArchiveFile=/tmp/x/bench-cpu.jsa -Xlog:cds=off");
        assertEquals(1, cell.stream().filter("-jvmArgsAppend"::equals).count());
        String append = cell.get(cell.indexOf("-jvmArgsAppend") + 1);
        assertEquals("-Xmx1g -XX:ActiveProcessorCount=1 -XX:SharedArchiveFile=/tmp/x/bench-cpu.jsa -Xlog:cds=off", append);
        new org.openjdk.jmh.runner.options.CommandLineOptions(cell.toArray(String[]::new));
    }

    @Test
    void optionsTheRunnerSetsAreRefusedNamingTheSource() {
        UsageException e = assertThrows(UsageException.class, () -> resolve(List.of(), List.of(), List.of("-rf", "csv")));
        assertTrue(e.getMessage().startsWith("extra: JMH option -rf is set by the runner"), e.getMessage());
    }

    @Test
    void anOptionJmhDoesNotKnowFailsBeforeAnyCellRuns() {
        UsageException e = assertThrows(UsageException.class, () -> resolve(List.of("-nope", "1"), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("JMH does not accept the options from common, module, extra"), e.getMessage());
    }

    @Test
    void aValuelessJvmArgsAppendIsRefused() {
        assertThrows(UsageException.class, () -> resolve(List.of(), List.of(), List.of("-jvmArgsAppend")));
    }
}
