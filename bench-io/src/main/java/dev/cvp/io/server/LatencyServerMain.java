package dev.cvp.io.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Runs a {@link LatencyServer} as its own process, so that its sockets count against its own
 * open-file limit, not the benchmark's (10,000 connections need 10,000 descriptors on each side).
 *
 * <p>Usage: {@code LatencyServerMain --delay-ms N [--loops K]}. Prints
 * {@code LISTENING <host> <port>} once it accepts connections, then reads commands from standard
 * input, one per line: {@code stats} (answers a {@link ServerStats} line), {@code reset} (starts a
 * new peak, answers {@code OK}). End of input (the parent closed the pipe or died) stops it.
 */
public final class LatencyServerMain {

    private LatencyServerMain() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out, System.err));
    }

    /** Runs until {@code commands} ends; returns the exit code (2 for bad arguments). */
    static int run(String[] args, BufferedReader commands, PrintStream out, PrintStream err) throws IOException {
        long delayMillis = -1;
        int loops = Runtime.getRuntime().availableProcessors();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--delay-ms" -> delayMillis = Long.parseLong(valueAfter(args, i++));
                    case "--loops" -> loops = Integer.parseInt(valueAfter(args, i++));
                    default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
                }
            }
            if (delayMillis < 0 || loops < 1) {
                throw new IllegalArgumentException("need --delay-ms N (N >= 0) and --loops K (K >= 1)");
            }
        } catch (IllegalArgumentException e) {
            err.println("latency server: " + e.getMessage()
                    + "; usage: LatencyServerMain --delay-ms N [--loops K]");
            return 2;
        }
        try (LatencyServer server = LatencyServer.start(delayMillis, loops)) {
            out.println("LISTENING " + server.address().getAddress().getHostAddress() + " " + server.address().getPort());
            out.flush();
            for (String line; (line = commands.readLine()) != null; ) {
                switch (line.trim()) {
                    case "stats" -> out.println(server.stats().toLine());
                    case "reset" -> {
                        server.resetPeak();
                        out.println("OK");
                    }
                    default -> out.println("ERROR unknown command '" + line.trim() + "'");
                }
                out.flush();
            }
        }
        return 0;
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }
}
