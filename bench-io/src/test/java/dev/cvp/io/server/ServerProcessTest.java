package dev.cvp.io.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cvp.io.http.BlockingHttpClient;
import dev.cvp.io.http.PageCheck;
import dev.cvp.support.jvm.JvmCommand;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerProcessTest {

    @Test
    void childServesOnLoopbackReportsStatsAndStopsWhenClosed() throws Exception {
        ServerProcess server = ServerProcess.start(1);
        ProcessHandle child = ProcessHandle.of(server.pid()).orElseThrow();
        try (BlockingHttpClient client = new BlockingHttpClient(server.address())) {
            assertTrue(server.address().getAddress().isLoopbackAddress());
            for (int page = 0; page < 3; page++) {
                PageCheck.verify(page, client.get(page));
            }
            ServerStats stats = server.stats();
            assertEquals(3, stats.served());
            assertEquals(1, stats.peakInFlight());
            server.resetPeak();
            assertEquals(0, server.stats().peakInFlight());
        } finally {
            server.close();
        }
        child.onExit().get();
        assertFalse(child.isAlive(), "server process still running after close");
    }

    @Test
    void childIsTheSharedJvmCommandWithASmallSerialGcHeap() {
        List<String> command = ServerProcess.command(10).toList();
        assertEquals(JvmCommand.of(LatencyServerMain.class).flags("-XX:+UseSerialGC", "-Xmx512m")
                .args("--delay-ms", "10").toList(), command);
        assertTrue(command.contains("-XX:ActiveProcessorCount=" + Runtime.getRuntime().availableProcessors()));
    }

    @Test
    void mainRejectsBadArgumentsWithOneLineAndExitCode2() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = LatencyServerMain.run(new String[] {"--delay-ms", "soon"},
                new BufferedReader(new StringReader("")), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains("usage"), message);
    }

    @Test
    void mainAnswersCommandsAndStopsAtEndOfInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = LatencyServerMain.run(new String[] {"--delay-ms", "1", "--loops", "1"},
                new BufferedReader(new StringReader("stats\nreset\nwhat\n")),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("LISTENING 127.0.0.1 "), lines.get(0));
        assertEquals(new ServerStats(0, 0, 0), ServerStats.parseLine(lines.get(1)));
        assertEquals("OK", lines.get(2));
        assertTrue(lines.get(3).startsWith("ERROR unknown command"), lines.get(3));
    }

    @Test
    void aStartLineThatIsNotLoopbackIsRefused() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ServerProcess.parseListening("LISTENING 10.0.0.1 8080"));
        assertTrue(e.getMessage().contains("not on loopback"), e.getMessage());
    }
}
